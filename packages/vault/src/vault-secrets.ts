import { configVariables, type VaultConfig } from '@dispatch/config';
import type { DatabaseCredentialSources } from '@dispatch/db';
import { vaultCredentialIssuer } from './database-credentials';
import { readKvEnvironment } from './kv-environment';
import { openVaultSession, type VaultSession } from './vault-session';

export interface VaultSecrets {
  /** Configuration variables read from the KV secret, to lay over the process environment. */
  environment: Record<string, string>;
  /** Expiring database credentials for the pools (empty members: the URLs' own credentials). */
  databaseCredentials: DatabaseCredentialSources;
  session: VaultSession;
}

/**
 * Everything the API (and the CLI) takes from Vault at start: a session that keeps its token alive, the KV v2
 * secret's fields as configuration variables, and issuers of database credentials. VAULT_* variables are never
 * taken from the KV secret (Vault cannot say where Vault is).
 */
export async function loadVaultSecrets(config: VaultConfig): Promise<VaultSecrets> {
  const session = await openVaultSession(config);
  try {
    const variables = configVariables().filter((variable) => !variable.name.startsWith('VAULT_'));
    const names = new Set(variables.map((variable) => variable.name));
    const prefixes = variables.flatMap((variable) => (variable.prefix ? [variable.prefix] : []));
    const known = (name: string) => names.has(name) || prefixes.some((prefix) => name.startsWith(prefix));
    const environment = config.kvPath ? await readKvEnvironment(session.client, config.kvPath, known) : {};
    return {
      environment,
      databaseCredentials: {
        app: config.databaseCredsPath
          ? vaultCredentialIssuer(session.client, config.databaseCredsPath)
          : undefined,
        admin: config.adminCredsPath
          ? vaultCredentialIssuer(session.client, config.adminCredsPath)
          : undefined,
        onReissue: (listener) => session.onNewToken(listener),
      },
      session,
    };
  } catch (error) {
    session.close();
    throw error;
  }
}
