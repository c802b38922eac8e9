/** Database credentials handed out for a limited time (a Vault database secrets engine lease, for one). */
export interface DatabaseLease {
  username: string;
  password: string;
  /** The lease to renew and revoke; absent for credentials without one (a static role's rotated password). */
  leaseId?: string;
  /** Seconds from issue (or the last renewal) until the credentials stop working. */
  durationSeconds: number;
  renewable: boolean;
}

/**
 * Where expiring database credentials come from. The production implementation is Vault's database secrets
 * engine (`@dispatch/vault`); the pool logic in this folder knows nothing about Vault.
 */
export interface CredentialIssuer {
  /** Names the source in logs and metric labels, e.g. `database/creds/dispatch-prod-app`. */
  readonly name: string;
  issue(): Promise<DatabaseLease>;
  /** Extends the lease; resolves to the seconds granted, which Vault caps at the role's `max_ttl`. */
  renew(lease: DatabaseLease, incrementSeconds: number): Promise<number>;
  revoke(lease: DatabaseLease): Promise<void>;
}

/** What a leased pool reports, for metrics and logs (never a password). */
export type CredentialEvent =
  | { type: 'issued'; source: string; username: string; durationSeconds: number }
  | { type: 'renewed'; source: string; username: string; grantedSeconds: number }
  | { type: 'renewal-failed'; source: string; username: string; error: unknown }
  | { type: 'swapped'; source: string; from: string; to: string }
  | { type: 'swap-failed'; source: string; error: unknown }
  | { type: 'revoked'; source: string; username: string }
  | { type: 'revoke-failed'; source: string; username: string; error: unknown };

/** Expiring credentials for the API's and the CLI's connections; unset members keep their configured URL. */
export interface DatabaseCredentialSources {
  /** For DATABASE_URL (and DATABASE_READ_URL): the app's role. */
  app?: CredentialIssuer;
  /** For DATABASE_ADMIN_URL: the owner's (or a member's) credentials. */
  admin?: CredentialIssuer;
  /** Registers what to do when every lease must be taken again (the Vault token was replaced). */
  onReissue?(listener: () => void): void;
}
