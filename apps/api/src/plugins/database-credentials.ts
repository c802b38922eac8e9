import type { FastifyBaseLogger } from 'fastify';
import {
  createPool,
  LeasedPool,
  type CredentialEvent,
  type CredentialIssuer,
  type Pool,
  type PoolOptions,
} from '@dispatch/db';
import type { VaultSessionEvent } from '@dispatch/vault';
import type { Metrics } from './metrics';

/**
 * A pool for one connection URL: plain, or on expiring credentials (Vault) that are renewed and rotated in
 * the background, with the pool swapped under running requests. `stop` closes it and gives the lease back.
 */
export async function openPool(
  url: string,
  options: PoolOptions,
  leasing: { issuer?: CredentialIssuer; renewAt?: number; log: FastifyBaseLogger; metrics: Metrics },
): Promise<{ pool: Pool; stop(): Promise<void>; rotate?(): Promise<void> }> {
  if (!leasing.issuer) {
    const pool = createPool(url, options);
    return { pool, stop: () => pool.end() };
  }
  const leased = await LeasedPool.start({
    issuer: leasing.issuer,
    url,
    createPool: (connectionString) => createPool(connectionString, options),
    renewAt: leasing.renewAt,
    onEvent: (event) => recordCredentialEvent(event, leasing.log, leasing.metrics),
  });
  return { pool: leased.pool, stop: () => leased.stop(), rotate: () => leased.rotate() };
}

/** Metrics and one log line per credential event; user names are logged, passwords never reach here. */
export function recordCredentialEvent(
  event: CredentialEvent,
  log: FastifyBaseLogger,
  metrics: Metrics,
): void {
  const { source } = event;
  switch (event.type) {
    case 'issued':
      metrics.credentialLeaseSeconds.set({ source }, event.durationSeconds);
      log.info(
        { source, username: event.username, leaseSeconds: event.durationSeconds },
        'database credentials issued',
      );
      return;
    case 'renewed':
      metrics.credentialRenewals.inc({ source, result: 'renewed' });
      metrics.credentialLeaseSeconds.set({ source }, event.grantedSeconds);
      log.info(
        { source, username: event.username, leaseSeconds: event.grantedSeconds },
        'database lease renewed',
      );
      return;
    case 'renewal-failed':
      metrics.credentialRenewals.inc({ source, result: 'failed' });
      log.warn(
        { source, username: event.username, err: event.error },
        'database lease renewal failed; rotating',
      );
      return;
    case 'swapped':
      metrics.credentialSwaps.inc({ source, result: 'swapped' });
      log.info({ source, from: event.from, to: event.to }, 'database pool swapped to new credentials');
      return;
    case 'swap-failed':
      metrics.credentialSwaps.inc({ source, result: 'failed' });
      log.error({ source, err: event.error }, 'database credential rotation failed; retrying');
      return;
    case 'revoked':
      metrics.credentialRevocations.inc({ source, result: 'revoked' });
      log.info({ source, username: event.username }, 'database lease revoked');
      return;
    case 'revoke-failed':
      metrics.credentialRevocations.inc({ source, result: 'failed' });
      log.warn({ source, username: event.username, err: event.error }, 'database lease revocation failed');
  }
}

/** The Vault session's token renewals and logins, as metrics and log lines. */
export function recordVaultSessionEvent(
  event: VaultSessionEvent,
  log: FastifyBaseLogger,
  metrics: Metrics,
): void {
  switch (event.type) {
    case 'logged-in':
      metrics.vaultTokenRenewals.inc({ result: 'login' });
      log.info({ method: event.method, ttlSeconds: event.ttlSeconds }, 'logged in to Vault');
      return;
    case 'login-failed':
      metrics.vaultTokenRenewals.inc({ result: 'login_failed' });
      log.error({ err: event.error }, 'Vault login failed; retrying');
      return;
    case 'token-renewed':
      metrics.vaultTokenRenewals.inc({ result: 'renewed' });
      log.info({ ttlSeconds: event.ttlSeconds }, 'Vault token renewed');
      return;
    case 'token-renewal-failed':
      metrics.vaultTokenRenewals.inc({ result: 'failed' });
      log.warn({ err: event.error }, 'Vault token renewal failed; logging in again');
  }
}
