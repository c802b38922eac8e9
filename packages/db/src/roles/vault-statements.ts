import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The SQL Vault's database secrets engine runs for the API's dynamic role, kept here as files so the setup
 * script (`k8s/vault/dispatch-setup.sh`) hands Vault exactly what the tests run against Postgres.
 */
export const VAULT_ROLE_STATEMENT_FILES = {
  creation: fileURLToPath(new URL('./vault-creation.sql', import.meta.url)),
  renewal: fileURLToPath(new URL('./vault-renewal.sql', import.meta.url)),
  revocation: fileURLToPath(new URL('./vault-revocation.sql', import.meta.url)),
} as const;

/** pgBouncer's `auth_query` function, as in the install guide. */
export const PGBOUNCER_AUTH_FILE = fileURLToPath(new URL('./pgbouncer-auth.sql', import.meta.url));

export type VaultStatementKind = keyof typeof VAULT_ROLE_STATEMENT_FILES;

export interface VaultStatementValues {
  name: string;
  password?: string;
  /** When the password stops working; Vault's format is `2006-01-02 15:04:05-0700`. */
  expiration?: Date;
}

/** Formats a time the way Vault's Postgres plugin fills `{{expiration}}`. */
export function vaultExpiration(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace('T', ' ')}+0000`;
}

/** The statements of one kind with Vault's placeholders filled in, as one script (Vault runs it in a transaction). */
export function renderVaultStatements(kind: VaultStatementKind, values: VaultStatementValues): string {
  const sql = readFileSync(VAULT_ROLE_STATEMENT_FILES[kind], 'utf8');
  return sql
    .replaceAll('{{name}}', values.name)
    .replaceAll('{{password}}', values.password ?? '')
    .replaceAll('{{expiration}}', values.expiration ? vaultExpiration(values.expiration) : '');
}
