import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPgBouncer, type PgBouncer } from '@dispatch/local-services';
import { createDbTestContext, type DbTestContext } from '../test/db-test-context';
import { provisionTenant } from '../tenants/provisioning';
import { createPool } from '../pool';
import { withTenantTransaction, type TenantScope } from '../tenant-transaction';
import { PGBOUNCER_AUTH_FILE, renderVaultStatements } from './vault-statements';

// The Postgres side of Vault's dynamic credentials, for real: the statements Vault is configured with
// (vault-*.sql) run against Postgres, and the per-lease role logs in through a real pgBouncer in transaction
// mode that looks its password up with auth_query.

let ctx: DbTestContext;
let bouncer: PgBouncer;
let bouncerDir: string;
let tenant: TenantScope;

beforeAll(async () => {
  ctx = await createDbTestContext();
  await ctx.adminPool.query(readFileSync(PGBOUNCER_AUTH_FILE, 'utf8'));
  const { tenant: row } = await provisionTenant(
    ctx.adminPool,
    { slug: 'lease-co', name: 'Lease Co', tier: 'standard' },
    { appRole: ctx.appRole, actor: 'test' },
  );
  tenant = { id: row.id, schemaName: row.schemaName, slug: 'lease-co' };
  await withTenantTransaction(ctx.adminPool, tenant, ({ client }) =>
    client.query(`INSERT INTO equipment_types (id, name) VALUES (gen_random_uuid(), 'crane')`),
  );
  // pgBouncer checks passwords (SCRAM) and must know the upstream user's: a trust cluster ignores it.
  const upstream = new URL(ctx.adminUrl);
  if (!upstream.password) upstream.password = 'bouncer-admin';
  bouncerDir = await mkdtemp(join(tmpdir(), 'pgbouncer-vault-'));
  bouncer = await startPgBouncer({
    upstreamUrl: upstream.toString(),
    dir: bouncerDir,
    poolMode: 'transaction',
    defaultPoolSize: 2,
    authType: 'scram-sha-256',
    authQuery: {
      user: decodeURIComponent(upstream.username) || 'postgres',
      query: 'SELECT usename, passwd FROM pgbouncer.get_auth($1)',
    },
  });
});

afterAll(async () => {
  await bouncer?.stop();
  await ctx?.close();
  if (bouncerDir) await rm(bouncerDir, { recursive: true, force: true });
});

function leaseName(): string {
  return `v-token-dispatch-app-${randomBytes(6).toString('hex')}-${Math.floor(Date.now() / 1000)}`;
}

async function createLeaseRole(name: string, password: string, validForMs = 3_600_000): Promise<void> {
  const sql = renderVaultStatements('creation', {
    name,
    password,
    expiration: new Date(Date.now() + validForMs),
  });
  await ctx.adminPool.query(`BEGIN; ${sql} COMMIT;`);
}

async function revokeLeaseRole(name: string): Promise<void> {
  await ctx.adminPool.query(`BEGIN; ${renderVaultStatements('revocation', { name })} COMMIT;`);
}

function throughBouncer(user: string, password: string): string {
  const url = new URL(bouncer.url(new URL(ctx.adminUrl).pathname.slice(1), user));
  url.password = encodeURIComponent(password);
  return url.toString();
}

async function sessionsOf(name: string): Promise<number> {
  const { rows } = await ctx.adminPool.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM pg_stat_activity WHERE usename = $1',
    [name],
  );
  return rows[0]!.n;
}

describe('the dynamic role Vault creates', () => {
  it('works through pgBouncer in transaction mode with the app rights, subject to RLS, owning nothing', async () => {
    const name = leaseName();
    const password = randomBytes(16).toString('base64url');
    await createLeaseRole(name, password);
    const pool = createPool(throughBouncer(name, password), { max: 2 });
    try {
      const names = await withTenantTransaction(pool, tenant, async ({ client }) => {
        const { rows } = await client.query<{ name: string; user: string }>(
          'SELECT name, current_user AS user FROM equipment_types',
        );
        return rows;
      });
      expect(names).toEqual([{ name: 'crane', user: name }]);
      // Without a tenant set, RLS shows nothing even to a fully granted member of dispatch_app.
      const { rows: bare } = await pool.query(
        `SELECT count(*)::int AS n FROM ${tenant.schemaName}.equipment_types`,
      );
      expect(bare[0].n).toBe(0);
      await expect(pool.query('CREATE TABLE public.lease_owned (id int)')).rejects.toMatchObject({
        code: '42501',
      });

      const { rows: attributes } = await ctx.adminPool.query(
        `SELECT r.rolsuper, r.rolbypassrls, r.rolcreaterole, r.rolcreatedb, r.rolinherit,
                pg_has_role(r.oid, 'dispatch_app', 'USAGE') AS app_member,
                (SELECT count(*)::int FROM pg_class WHERE relowner = r.oid) AS owned
           FROM pg_roles r WHERE r.rolname = $1`,
        [name],
      );
      expect(attributes[0]).toEqual({
        rolsuper: false,
        rolbypassrls: false,
        rolcreaterole: false,
        rolcreatedb: false,
        rolinherit: true,
        app_member: true,
        owned: 0,
      });
    } finally {
      await pool.end();
      await revokeLeaseRole(name);
    }
  });

  it('is refused by pgBouncer with a wrong password (auth_query checks it)', async () => {
    const name = leaseName();
    await createLeaseRole(name, 'right-password');
    const client = new pg.Client({ connectionString: throughBouncer(name, 'wrong-password') });
    client.on('error', () => undefined);
    try {
      await expect(client.connect()).rejects.toThrow(/password authentication failed|SASL/i);
    } finally {
      await client.end().catch(() => undefined);
      await revokeLeaseRole(name);
    }
  });

  it('renewal moves the expiry of the password', async () => {
    const name = leaseName();
    await createLeaseRole(name, 'pw', 60_000);
    const later = new Date(Date.now() + 7_200_000);
    await ctx.adminPool.query(renderVaultStatements('renewal', { name, expiration: later }));
    const { rows } = await ctx.adminPool.query<{ until: Date }>(
      'SELECT rolvaliduntil AS until FROM pg_roles WHERE rolname = $1',
      [name],
    );
    expect(Math.floor(rows[0]!.until.getTime() / 1000)).toBe(Math.floor(later.getTime() / 1000));
    await revokeLeaseRole(name);
  });
});

describe('revocation', () => {
  it("ends every session of the role, pgBouncer's server connections included, then drops it", async () => {
    const name = leaseName();
    const password = randomBytes(16).toString('base64url');
    await createLeaseRole(name, password);
    const pool = createPool(throughBouncer(name, password), { max: 3 });
    pool.on('error', () => undefined);
    const direct = new pg.Client({ connectionString: withUser(ctx.adminUrl, name, password) });
    direct.on('error', () => undefined);
    await direct.connect();
    // Three concurrent transactions make pgBouncer open server connections as the role.
    await Promise.all(
      [1, 2, 3].map(() =>
        withTenantTransaction(pool, tenant, ({ client }) => client.query('SELECT pg_sleep(0.05)')),
      ),
    );
    expect(await sessionsOf(name)).toBeGreaterThanOrEqual(2);

    await revokeLeaseRole(name);

    expect(await sessionsOf(name)).toBe(0);
    const { rows } = await ctx.adminPool.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [name]);
    expect(rows).toEqual([]);
    await expect(direct.query('SELECT 1')).rejects.toThrow();
    const again = new pg.Client({ connectionString: throughBouncer(name, password) });
    again.on('error', () => undefined);
    await expect(again.connect().then(() => again.query('SELECT 1'))).rejects.toThrow();
    await again.end().catch(() => undefined);
    await pool.end().catch(() => undefined);
  });
});

describe('migrations switch to the fixed owner role', () => {
  it('so objects a leased login creates belong to the owner and the lease role still drops', async () => {
    const owner = `owner_${randomBytes(5).toString('hex')}`;
    const login = leaseName();
    await ctx.adminPool.query(`CREATE ROLE ${owner} NOLOGIN`);
    await ctx.adminPool.query(`GRANT CREATE ON DATABASE ${pg.escapeIdentifier(dbName())} TO ${owner}`);
    await ctx.adminPool.query(`CREATE ROLE "${login}" LOGIN PASSWORD 'pw' IN ROLE ${owner}`);
    const direct = withUser(ctx.adminUrl, login, 'pw');
    const asOwner = createPool(direct, { max: 1, sessionRole: owner });
    const asLogin = createPool(direct, { max: 1 });
    try {
      const { rows } = await asOwner.query('SELECT current_user AS role, session_user AS login');
      expect(rows[0]).toEqual({ role: owner, login });
      await asOwner.query(`CREATE SCHEMA ${owner}_owned; CREATE TABLE ${owner}_owned.t (id int)`);
      // The trap the owner role avoids: an object the lease role owns blocks its DROP ROLE.
      await asLogin.query(`CREATE SCHEMA ${owner}_trap`);
      await asLogin.end();
      await expect(revokeLeaseRole(login)).rejects.toMatchObject({ code: '2BP01' });
      await ctx.adminPool.query(`DROP SCHEMA ${owner}_trap`);
      await asOwner.end();
      await revokeLeaseRole(login);
      const { rows: owners } = await ctx.adminPool.query<{ owner: string }>(
        `SELECT tableowner AS owner FROM pg_tables WHERE schemaname = $1`,
        [`${owner}_owned`],
      );
      expect(owners).toEqual([{ owner }]);
    } finally {
      await asOwner.end().catch(() => undefined);
      await asLogin.end().catch(() => undefined);
      await ctx.adminPool.query(`DROP SCHEMA IF EXISTS ${owner}_owned CASCADE`);
      await ctx.adminPool.query(`DROP SCHEMA IF EXISTS ${owner}_trap CASCADE`);
      await ctx.adminPool.query(`DROP ROLE IF EXISTS "${login}"`).catch(() => undefined);
      await ctx.adminPool.query(`REVOKE ALL ON DATABASE ${pg.escapeIdentifier(dbName())} FROM ${owner}`);
      await ctx.adminPool.query(`DROP ROLE IF EXISTS ${owner}`);
    }
  });
});

function dbName(): string {
  return decodeURIComponent(new URL(ctx.adminUrl).pathname.slice(1));
}

function withUser(url: string, user: string, password: string): string {
  const parsed = new URL(url);
  parsed.username = encodeURIComponent(user);
  parsed.password = encodeURIComponent(password);
  return parsed.toString();
}
