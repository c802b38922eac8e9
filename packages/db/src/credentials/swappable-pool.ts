import pg from 'pg';
import type { ConnectCallback } from '../pool-connect';

/**
 * A `pg.Pool` whose connections come from an inner pool that can be replaced while requests run: the way
 * expiring database credentials (a Vault lease) are rotated without a failed request. Code that takes a `Pool`
 * (tenant transactions, repositories, the CLI) keeps working unchanged.
 *
 * `swap(next)` routes every new `connect()`/`query()` to `next` at once, then lets the old pool serve the
 * callers already queued on it, waits until every client it lent out is back, and closes it. Only then may the
 * old credentials be revoked (revocation terminates the old role's sessions).
 */
export class SwappablePool extends pg.Pool {
  #current: pg.Pool;
  readonly #draining = new Set<pg.Pool>();

  constructor(initial: pg.Pool) {
    // The base pool only satisfies the type; it never opens a connection.
    super({ max: 1 });
    this.#current = initial;
    // pg.Pool's query has many overloads; each call goes to the current pool unchanged.
    this.query = ((...args: unknown[]) =>
      Reflect.apply(this.#current.query, this.#current, args)) as pg.Pool['query'];
  }

  /** The pool new work goes to. */
  get current(): pg.Pool {
    return this.#current;
  }

  override connect(): Promise<pg.PoolClient>;
  override connect(callback: ConnectCallback): void;
  override connect(callback?: ConnectCallback): Promise<pg.PoolClient> | void {
    if (callback) return this.#current.connect(callback);
    return this.#current.connect();
  }

  /** Routes new work to `next` and resolves once the previous pool has drained and closed. */
  async swap(next: pg.Pool): Promise<void> {
    const previous = this.#current;
    if (previous === next) return;
    this.#current = next;
    this.#draining.add(previous);
    try {
      await drain(previous);
    } finally {
      this.#draining.delete(previous);
    }
  }

  /** How many replaced pools are still finishing their work. */
  get drainingCount(): number {
    return this.#draining.size;
  }

  override end(): Promise<void>;
  override end(callback: () => void): void;
  override end(callback?: () => void): Promise<void> | void {
    const ended = Promise.all([
      this.#current.end().catch(() => undefined),
      ...[...this.#draining].map((pool) => drain(pool)),
      super.end(),
    ]).then(() => undefined);
    if (callback) void ended.then(callback);
    else return ended;
  }

  /** A pg-pool count (`totalCount`, `idleCount`, …) summed over the current and the draining pools. */
  countAcross(count: PoolCount): number {
    return [this.#current, ...this.#draining].reduce((total, pool) => total + pool[count], 0);
  }
}

type PoolCount = 'totalCount' | 'idleCount' | 'waitingCount' | 'expiredCount';

// pg's typings declare the counts as properties, pg-pool implements them as getters: the metrics that read
// them see every connection of the swappable pool, the draining ones included.
for (const count of ['totalCount', 'idleCount', 'waitingCount', 'expiredCount'] as const) {
  Object.defineProperty(SwappablePool.prototype, count, {
    get(this: SwappablePool) {
      return this.countAcross(count);
    },
  });
}

const drains = new WeakMap<pg.Pool, Promise<void>>();

/**
 * pg-pool's `end()` never serves callers still queued for a client, so those are let through first (new work
 * no longer arrives here); `end()` then waits for every lent-out client to come back before it resolves.
 */
function drain(pool: pg.Pool): Promise<void> {
  let drained = drains.get(pool);
  if (!drained) {
    drained = (async () => {
      while (pool.waitingCount > 0) await new Promise((resolve) => setTimeout(resolve, 20));
      if (!pool.ending) await pool.end();
      else while (!pool.ended) await new Promise((resolve) => setTimeout(resolve, 20));
    })();
    drains.set(pool, drained);
  }
  return drained;
}
