import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import nodeVault from 'node-vault';
import { VAULT_ROLE_STATEMENT_FILES } from '@dispatch/db';
import { startVaultStandIn } from './vault-stand-in';

export interface TestVaultOptions {
  /** A superuser connection to the cluster: Vault's database user. */
  databaseAdminUrl: string;
  /** Fields of the KV v2 secret. */
  kv: Record<string, string>;
  leaseTtl: number;
  leaseMaxTtl: number;
  tokenTtl?: number;
  tokenMaxTtl?: number;
  /** A static role for an existing login (VAULT_DATABASE_ADMIN_CREDS_PATH), its password rotated this often. */
  staticRole?: { username: string; rotationPeriod: number };
}

export interface TestVault {
  /** `vault`: a real server (VAULT_TEST_ADDR, CI); `stand-in`: the labelled Vault-API stand-in. */
  kind: 'vault' | 'stand-in';
  /** Variables for loadVaultConfig: AppRole login, the KV path and the dynamic role's creds path. */
  env: Record<string, string>;
  close(): Promise<void>;
}

/**
 * A Vault for a test, configured the same way in both cases: a database secrets engine whose role runs the
 * repository's statements (packages/db/src/roles/vault-*.sql), a KV v2 secret, an AppRole login. With
 * VAULT_TEST_ADDR (and VAULT_TEST_TOKEN, default `root`) a real Vault dev server is configured through its API;
 * without, the stand-in is started.
 */
export async function startTestVault(options: TestVaultOptions): Promise<TestVault> {
  const id = randomBytes(4).toString('hex');
  const tokenTtl = options.tokenTtl ?? 3600;
  const tokenMaxTtl = options.tokenMaxTtl ?? 7200;
  const kvPath = `secret/data/dispatch-${id}`;
  const address = process.env.VAULT_TEST_ADDR;
  if (!address) {
    const approle = { roleId: `role-${id}`, secretId: `secret-${id}`, tokenTtl, tokenMaxTtl };
    const standIn = await startVaultStandIn({
      databaseAdminUrl: options.databaseAdminUrl,
      databaseMount: 'database',
      roles: { app: { defaultTtl: options.leaseTtl, maxTtl: options.leaseMaxTtl } },
      staticRoles: options.staticRole ? { owner: options.staticRole } : undefined,
      approle,
      kv: { [kvPath]: options.kv },
    });
    return {
      kind: 'stand-in',
      env: {
        ...environment(standIn.address, approle.roleId, approle.secretId, kvPath, 'database/creds/app'),
        ...(options.staticRole ? { VAULT_DATABASE_ADMIN_CREDS_PATH: 'database/static-creds/owner' } : {}),
      },
      close: () => standIn.close(),
    };
  }

  const root = nodeVault({ endpoint: address, token: process.env.VAULT_TEST_TOKEN ?? 'root' });
  const mount = `database-${id}`;
  const db = new URL(options.databaseAdminUrl);
  await root.mount({ mount_point: mount, type: 'database' });
  await root.write(`${mount}/config/pg`, {
    plugin_name: 'postgresql-database-plugin',
    connection_url: `postgresql://{{username}}:{{password}}@${db.host}${db.pathname}?sslmode=disable`,
    username: decodeURIComponent(db.username),
    password: decodeURIComponent(db.password),
    allowed_roles: 'app,owner',
  });
  const statements = (kind: keyof typeof VAULT_ROLE_STATEMENT_FILES) =>
    readFileSync(VAULT_ROLE_STATEMENT_FILES[kind], 'utf8');
  await root.write(`${mount}/roles/app`, {
    db_name: 'pg',
    creation_statements: [statements('creation')],
    renew_statements: [statements('renewal')],
    revocation_statements: [statements('revocation')],
    default_ttl: `${options.leaseTtl}s`,
    max_ttl: `${options.leaseMaxTtl}s`,
  });
  if (options.staticRole) {
    await root.write(`${mount}/static-roles/owner`, {
      db_name: 'pg',
      username: options.staticRole.username,
      rotation_period: `${options.staticRole.rotationPeriod}s`,
    });
  }
  await root.write(kvPath, { data: options.kv });
  await root.write('sys/auth/approle', { type: 'approle' }).catch(() => undefined); // enabled once per server
  const policy = `dispatch-${id}`;
  await root.write(`sys/policies/acl/${policy}`, {
    policy: [
      `path "${mount}/creds/app" { capabilities = ["read"] }`,
      `path "${mount}/static-creds/owner" { capabilities = ["read"] }`,
      `path "${kvPath}" { capabilities = ["read"] }`,
      'path "sys/leases/renew" { capabilities = ["update"] }',
      'path "sys/leases/revoke" { capabilities = ["update"] }',
    ].join('\n'),
  });
  const role = `auth/approle/role/dispatch-${id}`;
  await root.write(role, {
    token_policies: [policy],
    token_ttl: `${tokenTtl}s`,
    token_max_ttl: `${tokenMaxTtl}s`,
  });
  const roleId = ((await root.read(`${role}/role-id`)) as { data: { role_id: string } }).data.role_id;
  const secretId = ((await root.write(`${role}/secret-id`, {})) as { data: { secret_id: string } }).data
    .secret_id;
  return {
    kind: 'vault',
    env: {
      ...environment(address, roleId, secretId, kvPath, `${mount}/creds/app`),
      ...(options.staticRole ? { VAULT_DATABASE_ADMIN_CREDS_PATH: `${mount}/static-creds/owner` } : {}),
    },
    async close() {
      // Unmounting revokes every lease of the engine (the revocation statements run).
      await root.unmount({ mount_point: mount });
      await root.delete(role);
    },
  };
}

function environment(address: string, roleId: string, secretId: string, kvPath: string, credsPath: string) {
  return {
    VAULT_ADDR: address,
    VAULT_AUTH_METHOD: 'approle',
    VAULT_ROLE_ID: roleId,
    VAULT_SECRET_ID: secretId,
    VAULT_KV_PATH: kvPath,
    VAULT_DATABASE_CREDS_PATH: credsPath,
  };
}
