import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createPool,
  idpClientSecretContext,
  sealedKeyId,
  SecretBox,
  withTenantTransaction,
  type Pool,
  type TenantScope,
} from '@dispatch/db';
import { cli, createDirectTarget, type DirectTarget } from '../test/cli-harness';

const key1 = randomBytes(32).toString('base64');
const key2 = randomBytes(32).toString('hex');
const key2Base64 = Buffer.from(key2, 'hex').toString('base64');
const slugs = ['rot-alpha', 'rot-bravo', 'rot-charlie', 'rot-delta', 'rot-echo'];
const plaintext = (slug: string) => `client-secret-of-${slug}`;

let target: DirectTarget;
let pool: Pool;
let tenants: TenantScope[];
const rotatedEnv = () => ({
  ...target.env,
  SECRETS_ENCRYPTION_KEY: key2,
  SECRETS_ENCRYPTION_KEYS_PREVIOUS: key1,
});

/** Every stored sealed value, read tenant by tenant (the table is under forced RLS). */
async function storedSecrets(): Promise<{ tenant: TenantScope; clientId: string; sealed: string }[]> {
  const all = [];
  for (const tenant of tenants) {
    const { rows } = await withTenantTransaction(pool, tenant, (tx) =>
      tx.client.query<{ clientId: string; sealed: string }>(
        // The filter matters where the test role bypasses RLS (a superuser); the owner in production does not.
        'SELECT client_id AS "clientId", sealed FROM platform.tenant_idp_secrets WHERE tenant_id = $1',
        [tenant.id],
      ),
    );
    all.push(...rows.map((row) => ({ tenant, ...row })));
  }
  return all;
}

async function keyIds(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const { sealed } of await storedSecrets()) {
    const id = sealedKeyId(sealed) ?? 'none';
    counts[id] = (counts[id] ?? 0) + 1;
  }
  return counts;
}

beforeAll(async () => {
  target = await createDirectTarget();
  expect((await cli(['platform', 'migrate'], { env: target.env })).code).toBe(0);
  pool = createPool(target.database.adminUrl, { max: 2 });
  // Each tenant's web-client secret sealed under key 1, exactly as the API's storeClientSecret seals it.
  const before = new SecretBox(key1);
  for (const slug of slugs) {
    expect((await cli(['tenants', 'create', slug, '--name', slug], { env: target.env })).code).toBe(0);
  }
  const { rows } = await pool.query<TenantScope>(
    'SELECT id, schema_name AS "schemaName", slug FROM platform.tenants ORDER BY id',
  );
  tenants = rows;
  for (const tenant of tenants) {
    await withTenantTransaction(pool, tenant, (tx) =>
      tx.client.query(
        'INSERT INTO platform.tenant_idp_secrets (tenant_id, client_id, sealed) VALUES ($1, $2, $3)',
        [
          tenant.id,
          'dispatch-web',
          before.seal(plaintext(tenant.slug), idpClientSecretContext(tenant.id, 'dispatch-web')),
        ],
      ),
    );
  }
});
afterAll(async () => {
  await pool?.end();
  await target?.cleanup();
});

describe('dispatch-admin secrets reseal (direct mode)', () => {
  const id1 = new SecretBox(key1).keyId;
  const id2 = new SecretBox(key2Base64).keyId;

  it('opens values sealed under key 1 once key 2 is current and key 1 is a previous key', async () => {
    expect(await keyIds()).toEqual({ [id1]: 5 });
    const ring = new SecretBox(key2Base64, [key1]);
    for (const { tenant, clientId, sealed } of await storedSecrets()) {
      expect(ring.open(sealed, idpClientSecretContext(tenant.id, clientId))).toBe(plaintext(tenant.slug));
    }
    const first = (await storedSecrets())[0]!.sealed;
    expect(() => new SecretBox(key2Base64).open(first, 'x')).toThrow(`sealed with another key (${id1})`);
  });

  it('refuses to run without the current key', async () => {
    const run = await cli(['secrets', 'reseal'], { env: target.env });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('SECRETS_ENCRYPTION_KEY is required');
    expect(await keyIds()).toEqual({ [id1]: 5 });
  });

  it('stops on Ctrl-C or after the first batch when told to, and a re-run finishes; afterwards no value uses key 1', async () => {
    const stopped = await cli(['secrets', 'reseal'], {
      env: rotatedEnv(),
      onStderr: (chunk, interrupt) => {
        if (chunk.startsWith('re-sealing: 1/5')) interrupt();
      },
    });
    expect(stopped.code).toBe(130);
    expect(stopped.stderr).toContain('Stopping after the tenant in flight');
    expect(stopped.stdout).toContain('1 of 5 tenants checked in 0 batches, 0 failed.');
    expect(await keyIds()).toEqual({ [id1]: 4, [id2]: 1 });

    const partial = await cli(['secrets', 'reseal', '--batch-size', '2', '--max-batches', '1'], {
      env: rotatedEnv(),
    });
    expect(partial.code).toBe(130);
    expect(partial.stdout).toContain('Re-sealed 1 values under key');
    expect(partial.stdout).toContain('2 of 5 tenants checked in 1 batches, 0 failed.');
    expect(partial.stdout).toContain('Stopped early: run the same command again to continue.');
    expect(partial.stderr).toMatch(/re-sealing: 2\/5 tenants checked, 1 values re-sealed, 0 failed/);
    expect(await keyIds()).toEqual({ [id1]: 3, [id2]: 2 });

    const rest = await cli(['secrets', 'reseal', '--batch-size', '2'], { env: rotatedEnv() });
    expect(rest.code).toBe(0);
    expect(rest.stdout).toMatch(
      new RegExp(`platform\\.tenant_idp_secrets\\s+${id2} \\(current\\)\\s+2\\s+0\\s+0`),
    );
    expect(rest.stdout).toMatch(new RegExp(`platform\\.tenant_idp_secrets\\s+${id1}\\s+3\\s+3\\s+0`));
    expect(rest.stdout).toContain('Re-sealed 3 values');
    expect(rest.stdout).toContain('5 of 5 tenants checked in 3 batches, 0 failed.');
    expect(await keyIds()).toEqual({ [id2]: 5 });

    // Key 1 can now be dropped: key 2 alone opens every value, with its original plaintext.
    const only2 = new SecretBox(key2Base64);
    for (const { tenant, clientId, sealed } of await storedSecrets()) {
      expect(only2.open(sealed, idpClientSecretContext(tenant.id, clientId))).toBe(plaintext(tenant.slug));
    }
    const { rows } = await pool.query<{ n: string }>(
      "SELECT count(*) AS n FROM platform.audit_events WHERE action = 'tenant.secrets_resealed'",
    );
    expect(Number(rows[0]!.n)).toBe(5);
  });

  it('leaves values already under the current key alone on a re-run', async () => {
    const before = await storedSecrets();
    const again = await cli(['secrets', 'reseal', '--json'], { env: rotatedEnv() });
    expect(again.code).toBe(0);
    const report = JSON.parse(again.stdout) as {
      counts: { keyId: string; found: number; resealed: number }[];
    };
    expect(report.counts).toEqual([expect.objectContaining({ keyId: id2, found: 5, resealed: 0 })]);
    expect(await storedSecrets()).toEqual(before);
  });

  it('reports a value no key of the ring opens, leaves it as it is, and exits 1', async () => {
    const stranger = new SecretBox(randomBytes(32).toString('base64'));
    const tenant = tenants[0]!;
    const sealed = stranger.seal('unknown', idpClientSecretContext(tenant.id, 'dispatch-web'));
    await withTenantTransaction(pool, tenant, (tx) =>
      tx.client.query('UPDATE platform.tenant_idp_secrets SET sealed = $2 WHERE tenant_id = $1', [
        tenant.id,
        sealed,
      ]),
    );
    const run = await cli(['secrets', 'reseal'], { env: rotatedEnv() });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`sealed with another key (${stranger.keyId})`);
    expect(run.stdout).toContain('1 failed.');
    expect((await storedSecrets()).find((row) => row.tenant.id === tenant.id)!.sealed).toBe(sealed);
  });
});
