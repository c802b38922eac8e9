import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPool, type Pool } from '@dispatch/db';
import { testServices } from '@dispatch/testkit';
import { startTestVault, type TestVault } from '@dispatch/vault/testing';
import { runCli } from './cli';
import type { CliIo } from './io';
import { cli, createDirectTarget, type DirectTarget } from './test/cli-harness';
import { runWithVault } from './vault-environment';

// dispatch-admin with VAULT_ADDR: credentials for DATABASE_ADMIN_URL from a Vault lease (the labelled stand-in
// here, a real Vault dev server in CI), given back when the command ends.

let target: DirectTarget;
let vault: TestVault;
let admin: Pool;

beforeAll(async () => {
  target = await createDirectTarget();
  admin = createPool(target.database.adminUrl, { max: 1 });
  expect((await cli(['platform', 'migrate'], { env: target.env })).code).toBe(0);
  expect((await cli(['tenants', 'create', 'vault-co', '--name', 'Vault Co'], { env: target.env })).code).toBe(
    0,
  );
  vault = await startTestVault({
    databaseAdminUrl: testServices().adminDatabaseUrl,
    kv: { tenant_export_dir: target.exportDir },
    leaseTtl: 60,
    leaseMaxTtl: 120,
  });
});
afterAll(async () => {
  await vault?.close();
  await admin?.end();
  await target?.cleanup();
});

function io(env: Record<string, string | undefined>, out: { stdout: string; stderr: string }): CliIo {
  return {
    stdout: { write: (chunk: string) => (out.stdout += chunk) },
    stderr: { write: (chunk: string) => (out.stderr += chunk) },
    env,
    trapInterrupt: () => () => undefined,
  };
}

describe('dispatch-admin with Vault', () => {
  it('runs a direct command on leased credentials and gives the lease back when it ends', async () => {
    // Host and database only: the lease brings user and password (here the app role's, which may read tenants).
    const url = new URL(target.database.adminUrl);
    url.username = '';
    url.password = '';
    const out = { stdout: '', stderr: '' };
    let login = '';
    let exportDir: string | undefined;
    const code = await runWithVault(
      io(
        {
          ...vault.env,
          VAULT_DATABASE_ADMIN_CREDS_PATH: vault.env.VAULT_DATABASE_CREDS_PATH,
          DATABASE_ADMIN_URL: url.toString(),
          DATABASE_APP_ROLE: target.env.DATABASE_APP_ROLE,
        },
        out,
      ),
      (vaultIo) => {
        login = decodeURIComponent(new URL(vaultIo.env.DATABASE_ADMIN_URL!).username);
        exportDir = vaultIo.env.TENANT_EXPORT_DIR;
        return runCli(['tenants', 'list', '--json'], vaultIo);
      },
    );
    expect(out.stderr).toBe('');
    expect(code).toBe(0);
    expect(out.stdout).toContain('"vault-co"');
    expect(login).toMatch(/^v-/);
    expect(exportDir).toBe(target.exportDir);
    const { rows } = await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [login]);
    expect(rows).toEqual([]);
  });

  it('stops with a one-line message when the Vault settings are incomplete', async () => {
    const out = { stdout: '', stderr: '' };
    const code = await runWithVault(
      io({ VAULT_ADDR: vault.env.VAULT_ADDR, VAULT_AUTH_METHOD: 'approle' }, out),
      () => Promise.resolve(0),
    );
    expect(code).toBe(1);
    expect(out.stderr).toContain('VAULT_ROLE_ID is required when VAULT_AUTH_METHOD is approle');
  });
});
