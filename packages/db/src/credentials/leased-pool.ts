import type pg from 'pg';
import type { CredentialEvent, CredentialIssuer, DatabaseLease } from './credential-issuer';
import { SwappablePool } from './swappable-pool';

export interface LeasedPoolOptions {
  issuer: CredentialIssuer;
  /** Where to connect (host, port, database, parameters); user and password come from each lease. */
  url: string;
  /** Builds a pool for one set of credentials (the caller's size, lifetime and role settings). */
  createPool: (connectionString: string) => pg.Pool;
  /** Part of a lease's duration after which it is renewed (default 2/3, leaving a third for retries). */
  renewAt?: number;
  /** Pause before a failed rotation is tried again (default 5 s). */
  retryMs?: number;
  onEvent?: (event: CredentialEvent) => void;
}

/** Shortest pause between two looks at credentials without a lease (a static role's password). */
const MIN_RECHECK_MS = 1_000;

/** Puts user and password into a connection URL that carries none (or replaces the ones it carries). */
export function withCredentials(url: string, username: string, password: string): string {
  const parsed = new URL(url);
  parsed.username = encodeURIComponent(username);
  parsed.password = encodeURIComponent(password);
  return parsed.toString();
}

/**
 * A pool on expiring credentials. The lease is renewed after `renewAt` of its duration; when a renewal is cut
 * short (the role's `max_ttl` is near), fails, or the lease cannot be renewed, new credentials are issued and
 * the pool is swapped: the new pool is opened and checked first, new work goes to it, the old one drains and
 * closes, and only then is the old lease revoked. Credentials without a lease are read again and swapped
 * when they changed.
 */
export class LeasedPool {
  readonly pool: SwappablePool;
  readonly #options: LeasedPoolOptions;
  #lease: DatabaseLease;
  /** The increment asked for at each renewal: the lease's first duration. */
  #increment: number;
  #timer: NodeJS.Timeout | undefined;
  #rotating: Promise<void> | undefined;
  #stopped = false;

  private constructor(options: LeasedPoolOptions, lease: DatabaseLease, pool: pg.Pool) {
    this.#options = options;
    this.#lease = lease;
    this.#increment = lease.durationSeconds;
    this.pool = new SwappablePool(pool);
  }

  static async start(options: LeasedPoolOptions): Promise<LeasedPool> {
    const { lease, pool } = await openPool(options);
    const leased = new LeasedPool(options, lease, pool);
    leased.#emit({ type: 'issued', username: lease.username, durationSeconds: lease.durationSeconds });
    leased.#schedule(leased.#nextLook(lease));
    return leased;
  }

  /** The database user new work runs as. */
  get username(): string {
    return this.#lease.username;
  }

  /** New credentials and a new pool now (also after the Vault token was replaced: its leases end with it). */
  rotate(): Promise<void> {
    this.#rotating ??= this.#rotate().finally(() => {
      this.#rotating = undefined;
    });
    return this.#rotating;
  }

  /** Stops renewing, closes the pool once its work is done, and gives the lease back. */
  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#timer);
    await this.#rotating?.catch(() => undefined);
    await this.pool.end();
    await this.#revoke(this.#lease);
  }

  /**
   * A lease is renewed after `renewAt` of its duration. Credentials without one are read again a second after
   * their `ttl` (when Vault has rotated the password): open connections keep working across a rotation, so
   * only a connection opened in that second would still use the old password.
   */
  #nextLook(lease: DatabaseLease): number {
    if (lease.leaseId) return lease.durationSeconds * 1000 * this.#renewAt;
    return Math.max(MIN_RECHECK_MS, (lease.durationSeconds + 1) * 1000);
  }

  get #renewAt(): number {
    return this.#options.renewAt ?? 2 / 3;
  }

  #emit(event: DistributiveOmit<CredentialEvent, 'source'>): void {
    this.#options.onEvent?.({ ...event, source: this.#options.issuer.name } as CredentialEvent);
  }

  #schedule(delayMs: number): void {
    if (this.#stopped) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#tick(), Math.max(0, delayMs));
    this.#timer.unref();
  }

  async #tick(): Promise<void> {
    const lease = this.#lease;
    if (!lease.leaseId) {
      await this.#recheck();
      return;
    }
    if (lease.renewable) {
      try {
        const granted = await this.#options.issuer.renew(lease, this.#increment);
        if (this.#stopped) return;
        lease.durationSeconds = granted;
        this.#emit({ type: 'renewed', username: lease.username, grantedSeconds: granted });
        // Less than asked for: max_ttl is near. Rotating now still leaves `granted` seconds to do it in.
        if (granted >= this.#increment) {
          this.#schedule(granted * 1000 * this.#renewAt);
          return;
        }
      } catch (error) {
        this.#emit({ type: 'renewal-failed', username: lease.username, error });
      }
    }
    await this.rotate().catch(() => undefined);
  }

  /** Credentials without a lease: read again, swap only if they changed. */
  async #recheck(): Promise<void> {
    try {
      const fresh = await this.#options.issuer.issue();
      const current = this.#lease;
      if (fresh.username === current.username && fresh.password === current.password) {
        current.durationSeconds = fresh.durationSeconds;
        this.#schedule(this.#nextLook(fresh));
        return;
      }
      // One swap at a time: a rotation asked for meanwhile (a new Vault token) waits for this one.
      this.#rotating ??= this.#swapTo(fresh).finally(() => {
        this.#rotating = undefined;
      });
      await this.#rotating;
    } catch (error) {
      this.#emit({ type: 'swap-failed', error });
      this.#schedule(this.#options.retryMs ?? 5_000);
    }
  }

  async #rotate(): Promise<void> {
    if (this.#stopped) return;
    try {
      await this.#swapTo(await this.#options.issuer.issue());
    } catch (error) {
      this.#emit({ type: 'swap-failed', error });
      this.#schedule(this.#options.retryMs ?? 5_000);
      throw error;
    }
  }

  async #swapTo(lease: DatabaseLease): Promise<void> {
    let next: pg.Pool;
    try {
      next = await checkedPool(this.#options, lease);
    } catch (error) {
      await this.#revoke(lease);
      throw error;
    }
    if (this.#stopped) {
      await next.end();
      await this.#revoke(lease);
      return;
    }
    const previous = this.#lease;
    this.#lease = lease;
    this.#increment = lease.durationSeconds;
    this.#emit({ type: 'issued', username: lease.username, durationSeconds: lease.durationSeconds });
    this.#schedule(this.#nextLook(lease));
    await this.pool.swap(next);
    this.#emit({ type: 'swapped', from: previous.username, to: lease.username });
    if (previous.leaseId !== lease.leaseId || previous.username !== lease.username)
      await this.#revoke(previous);
  }

  async #revoke(lease: DatabaseLease): Promise<void> {
    if (!lease.leaseId) return;
    try {
      await this.#options.issuer.revoke(lease);
      this.#emit({ type: 'revoked', username: lease.username });
    } catch (error) {
      // Vault still ends the lease at its expiry; the role's sessions go with it.
      this.#emit({ type: 'revoke-failed', username: lease.username, error });
    }
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

async function openPool(options: LeasedPoolOptions): Promise<{ lease: DatabaseLease; pool: pg.Pool }> {
  const lease = await options.issuer.issue();
  try {
    return { lease, pool: await checkedPool(options, lease) };
  } catch (error) {
    await options.issuer.revoke(lease).catch(() => undefined);
    throw error;
  }
}

/** A pool on the lease's credentials that has proven it can log in, so no request is routed to a broken one. */
async function checkedPool(options: LeasedPoolOptions, lease: DatabaseLease): Promise<pg.Pool> {
  const pool = options.createPool(withCredentials(options.url, lease.username, lease.password));
  try {
    const client = await pool.connect();
    try {
      await client.query('SELECT 1');
    } finally {
      client.release();
    }
    return pool;
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }
}
