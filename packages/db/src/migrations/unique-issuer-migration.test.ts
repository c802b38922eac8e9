import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import { APP_ROLE, createTestDatabase, testServices, type TestDatabase } from '@dispatch/testkit';
import { createPool, type Pool } from '../pool';
import { migratePlatform } from './platform-migrator';
import { readMigrationFiles } from './migration-files';
import { PLATFORM_MIGRATIONS_DIR } from './paths';
import { provisionTenant } from '../tenants/provisioning';
import { TenancyError } from '../errors';

const UNIQUE_ISSUER = '20261129043000_unique_tenant_issuer';

let database: TestDatabase;
let pool: Pool;
let before: string;
beforeAll(async () => {
  database = await createTestDatabase(testServices().adminDatabaseUrl);
  pool = createPool(database.adminUrl, { max: 2 });
  // The registry as it was before the unique index: every platform migration older than it.
  before = await mkdtemp(join(tmpdir(), 'dispatch-platform-migrations-'));
  for (const file of await readMigrationFiles(PLATFORM_MIGRATIONS_DIR)) {
    if (file.version < UNIQUE_ISSUER) {
      await cp(join(PLATFORM_MIGRATIONS_DIR, `${file.version}.sql`), join(before, `${file.version}.sql`));
    }
  }
  await migratePlatform(pool, before);
});
afterAll(async () => {
  await pool?.end();
  await database?.drop();
  if (before) await rm(before, { recursive: true, force: true });
});

async function insertTenant(slug: string, issuer: string, status = 'active') {
  const id = uuidv7();
  await pool.query(
    `INSERT INTO platform.tenants (id, slug, name, schema_name, status, tier, idp, idp_issuer)
     VALUES ($1, $2, $2, $3, $4, 'standard', $5, $6)`,
    [id, slug, `tenant_${slug.replace(/-/g, '_')}`, status, { issuer }, issuer],
  );
  return id;
}

describe('platform migration: one live tenant per issuer', () => {
  it('refuses existing duplicates by naming the tenants, applies nothing, and passes once they are resolved', async () => {
    const first = await insertTenant('dup-one', 'https://sso.example.com/realms/shared');
    await insertTenant('dup-two', 'HTTPS://SSO.Example.com/realms/shared/');
    await insertTenant('dup-gone', 'https://sso.example.com/realms/shared', 'deleted');

    const attempt = migratePlatform(pool);
    await expect(attempt).rejects.toThrow(TenancyError);
    await expect(attempt).rejects.toThrow(
      /cannot make tenant issuers unique: https:\/\/sso\.example\.com\/realms\/shared is registered to dup-one \(.*\), dup-two \(/,
    );
    await expect(attempt).rejects.not.toThrow(/dup-gone/);
    const applied = await pool.query('SELECT 1 FROM platform.schema_migrations WHERE version = $1', [
      UNIQUE_ISSUER,
    ]);
    expect(applied.rowCount).toBe(0);

    await pool.query(`UPDATE platform.tenants SET status = 'deleted' WHERE id = $1`, [first]);
    expect(await migratePlatform(pool)).toContain(UNIQUE_ISSUER);
  });

  it('then refuses a second live tenant with the same normalised issuer, but tells other realms apart', async () => {
    const options = { appRole: APP_ROLE, actor: 'test' };
    const issuer = 'https://sso.example.com/realms/owned';
    await provisionTenant(
      pool,
      { slug: 'owner-co', name: 'Owner', tier: 'standard', idp: { issuer } },
      options,
    );
    const squat = provisionTenant(
      pool,
      {
        slug: 'squat-co',
        name: 'Squat',
        tier: 'standard',
        idp: { issuer: 'https://SSO.example.com/realms/owned//' },
      },
      options,
    );
    await expect(squat).rejects.toMatchObject({ code: 'issuer-in-use', field: 'idp.issuer' });
    const leftovers = await pool.query(
      "SELECT (SELECT count(*)::int FROM platform.tenants WHERE slug = 'squat-co') AS rows, " +
        "(SELECT count(*)::int FROM pg_namespace WHERE nspname = 'tenant_squat_co') AS schemas",
    );
    expect(leftovers.rows[0]).toEqual({ rows: 0, schemas: 0 });
    // Another realm on the same host is a different issuer.
    await expect(
      provisionTenant(
        pool,
        { slug: 'other-co', name: 'Other', tier: 'standard', idp: { issuer: `${issuer}-2` } },
        options,
      ),
    ).resolves.toMatchObject({ created: true });
  });
});
