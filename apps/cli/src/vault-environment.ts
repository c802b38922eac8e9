import { ConfigError, loadVaultConfig } from '@dispatch/config';
import { withCredentials, type DatabaseLease } from '@dispatch/db';
import { loadVaultSecrets } from '@dispatch/vault';
import type { CliIo } from './io';

/**
 * With VAULT_ADDR, the CLI takes what it needs from Vault before the command runs, as the API does
 * (docs/operations/vault.md): the KV secret's fields as variables (REDIS_URL, the secrets keys, S3 keys) and,
 * with VAULT_DATABASE_ADMIN_CREDS_PATH, credentials for DATABASE_ADMIN_URL (which then names only host and
 * database). A command runs minutes, so the credentials are taken once, not renewed; a dynamic lease is given
 * back when the command ends. Without VAULT_ADDR the command runs on the environment as it is.
 */
export async function runWithVault(io: CliIo, run: (io: CliIo) => Promise<number>): Promise<number> {
  let settings;
  try {
    settings = loadVaultConfig(io.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.stderr.write(`${error.message}\n`);
    return 1;
  }
  if (!settings) return run(io);

  let secrets;
  try {
    secrets = await loadVaultSecrets(settings);
  } catch (error) {
    io.stderr.write(`Vault: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  const env = { ...io.env, ...secrets.environment };
  let lease: DatabaseLease | undefined;
  const admin = secrets.databaseCredentials.admin;
  try {
    if (admin && env.DATABASE_ADMIN_URL) {
      lease = await admin.issue();
      env.DATABASE_ADMIN_URL = withCredentials(env.DATABASE_ADMIN_URL, lease.username, lease.password);
    }
    return await run({ ...io, env });
  } catch (error) {
    io.stderr.write(`Vault: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  } finally {
    if (lease?.leaseId) await admin?.revoke(lease).catch(() => undefined);
    secrets.session.close();
  }
}
