import pg from 'pg';
import type { ConnectCallback } from './pool-connect';
import { SwappablePool } from './credentials/swappable-pool';

/** Checkouts with a key: on its home lane or a later one of its order (`home + spilled`); `waited` of them queued. */
export interface LaneRouting {
  home: number;
  spilled: number;
  waited: number;
}

interface Waiter {
  key: string | undefined;
  /** The key's home lane (undefined without a key). */
  home: number | undefined;
  /** Callers behind it served before it; first in line with MAX_OVERTAKEN of them, it takes the next free lane. */
  overtaken: number;
  resolve(client: pg.PoolClient): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

/**
 * Connections in lanes, each lane a pg-pool of its own, with a tenant's work kept on few of them.
 *
 * A Postgres backend pays once for each tenant schema it touches (the catalog entries of its tables, and the
 * plans of the named statements it prepares there) and keeps what it paid for until it ends. With one shared
 * pool every connection ends up serving every tenant, so each tenant is paid for once per connection: after
 * a start or a recycling, the first minute of load plans everything ten times over. Here a key (the tenant's
 * schema) has a home lane, and lanes after it in a fixed order: a checkout takes the first lane of that order
 * with an idle connection or room for a new one, so a tenant runs on its home lane's connections unless they
 * are all busy. When every lane is busy the caller waits in one queue, served first-come by whichever lane
 * frees first, as in a single pool. Work without a key goes round the lanes.
 *
 * Lanes recycle their connections at staggered lifetimes, so they do not all go cold at the same moment.
 */
export class TenantAffinePool extends pg.Pool {
  readonly #lanes: pg.Pool[];
  readonly #laneMax: number[];
  readonly #acquireTimeoutMs: number;
  readonly #waiters: Waiter[] = [];
  #nextUnkeyed = 0;
  readonly routing: LaneRouting = { home: 0, spilled: 0, waited: 0 };

  constructor(lanes: Array<{ pool: pg.Pool; max: number }>, acquireTimeoutMs: number) {
    // The base pool only satisfies the type; it never opens a connection (its `query` calls our `connect`).
    super({ max: 1 });
    this.#lanes = lanes.map((lane) => lane.pool);
    this.#laneMax = lanes.map((lane) => lane.max);
    this.#acquireTimeoutMs = acquireTimeoutMs;
    for (const lane of this.#lanes) {
      // A release or a removal frees a place; the released client is idle again once pg-pool's handler ends.
      // Nobody waiting (the usual case): nothing to schedule, since a caller only queues after finding no lane free.
      // Served in the check phase, not on the next tick: the line then lasts the loop turn, so callers arriving in
      // it queue and are matched to their home lanes. Served at once, the line empties, newcomers take whichever
      // lane is free, and spills rose by half with Postgres CPU per read up 15–23% (2026-12-02-afternoon notes).
      const wake = () => {
        if (this.#waiters.length > 0) setImmediate(() => this.#serveWaiters());
      };
      lane.on('release', wake);
      lane.on('remove', wake);
      lane.on('error', (error, client) => this.emit('error', error, client));
    }
  }

  get lanes(): readonly pg.Pool[] {
    return this.#lanes;
  }

  /** The lane a key prefers while it has a free connection. */
  homeLane(key: string): number {
    return laneIndex(key, this.#lanes.length);
  }

  /** A client from the first free lane in the key's order, or the first lane to free up. */
  connectFor(key: string | undefined): Promise<pg.PoolClient> {
    if (this.ending) return Promise.reject(new Error('Cannot use a pool after calling end on the pool'));
    if (this.#waiters.length === 0) {
      const lane = this.#freeLane(key);
      if (lane !== undefined) return this.#lanes[lane]!.connect();
    }
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        key,
        home: key === undefined ? undefined : laneIndex(key, this.#lanes.length),
        overtaken: 0,
        resolve,
        reject,
        timer: setTimeout(() => {
          const at = this.#waiters.indexOf(waiter);
          if (at >= 0) this.#waiters.splice(at, 1);
          // pg-pool's own wording, so callers recognise a checkout timeout alike from either pool.
          reject(new Error('timeout exceeded when trying to connect'));
        }, this.#acquireTimeoutMs),
      };
      waiter.timer.unref();
      this.#waiters.push(waiter);
    });
  }

  override connect(): Promise<pg.PoolClient>;
  override connect(callback: ConnectCallback): void;
  override connect(callback?: ConnectCallback): Promise<pg.PoolClient> | void {
    const connected = this.connectFor(undefined);
    if (!callback) return connected;
    connected.then(
      (client) => callback(undefined, client, (release) => client.release(release as Error | boolean)),
      (error: Error) => callback(error, undefined, () => undefined),
    );
  }

  override end(): Promise<void>;
  override end(callback: () => void): void;
  override end(callback?: () => void): Promise<void> | void {
    for (const waiter of this.#waiters.splice(0)) {
      clearTimeout(waiter.timer);
      waiter.reject(new Error('Cannot use a pool after calling end on the pool'));
    }
    const ended = Promise.all(this.#lanes.map((lane) => lane.end().catch(() => undefined)))
      .then(() => super.end())
      .then(() => undefined);
    if (callback) void ended.then(callback);
    else return ended;
  }

  /** A pg-pool count summed over the lanes; `waitingCount` adds the callers waiting for any lane. */
  countAcross(count: 'totalCount' | 'idleCount' | 'waitingCount' | 'expiredCount'): number {
    const lanes = this.#lanes.reduce((total, lane) => total + lane[count], 0);
    return count === 'waitingCount' ? lanes + this.#waiters.length : lanes;
  }

  /** The first lane of the key's order that serves at once: an idle connection, or room to open one. */
  #freeLane(key: string | undefined): number | undefined {
    const count = this.#lanes.length;
    const start =
      key === undefined ? (this.#nextUnkeyed = (this.#nextUnkeyed + 1) % count) : laneIndex(key, count);
    for (let step = 0; step < count; step++) {
      const index = (start + step) % count;
      if (this.#hasRoom(index)) {
        if (key !== undefined) this.routing[step === 0 ? 'home' : 'spilled'] += 1;
        return index;
      }
    }
    return undefined;
  }

  /**
   * An idle client not already promised to a caller queued on the lane, or room for a new one: a new connection
   * on the home lane costs a connect once, another lane's idle one a cold tenant every time.
   */
  #hasRoom(index: number): boolean {
    const lane = this.#lanes[index]!;
    return lane.idleCount > lane.waitingCount || lane.totalCount < this.#laneMax[index]!;
  }

  /**
   * Callers queued while every lane was busy. A lane that frees goes to the first caller in line whose home it is,
   * looking a few places back (AFFINE_WINDOW), else to the first in line. Under saturation nearly every checkout
   * waits; served strictly first-come, each would land on whichever lane freed, and every connection would end up
   * serving every tenant (its catalog entries and plans, ten times over). Once first in line, a caller that has been
   * passed over MAX_OVERTAKEN times takes the next lane to free, whichever it is, so affinity never starves anyone.
   * A lane's `connect` counts its new caller at once, so each pass sees the places left.
   */
  #serveWaiters(): void {
    while (this.#waiters.length > 0) {
      const at = this.#nextWaiter();
      if (at === undefined) return;
      const [waiter] = this.#waiters.splice(at.index, 1);
      for (let ahead = 0; ahead < at.index; ahead++) this.#waiters[ahead]!.overtaken += 1;
      clearTimeout(waiter!.timer);
      if (waiter!.key !== undefined) this.routing.waited += 1;
      this.#lanes[at.lane]!.connect().then(waiter!.resolve, waiter!.reject);
    }
  }

  /** Which caller in line is served next, and by which lane; undefined while no lane has room. */
  #nextWaiter(): { index: number; lane: number } | undefined {
    const first = this.#waiters[0]!;
    if (first.overtaken < MAX_OVERTAKEN) {
      const window = Math.min(this.#waiters.length, AFFINE_WINDOW);
      for (let index = 0; index < window; index++) {
        const { home } = this.#waiters[index]!;
        if (home !== undefined && this.#hasRoom(home)) {
          this.routing.home += 1;
          return { index, lane: home };
        }
      }
    }
    const lane = this.#freeLane(first.key);
    return lane === undefined ? undefined : { index: 0, lane };
  }
}

/** How far back in line a freed lane looks for a caller whose home it is. */
const AFFINE_WINDOW = 16;
/** How often a caller may be passed over for one behind it that is at home on the freed lane. */
const MAX_OVERTAKEN = 8;

// pg's typings declare the counts as properties, pg-pool implements them as getters.
for (const count of ['totalCount', 'idleCount', 'waitingCount', 'expiredCount'] as const) {
  Object.defineProperty(TenantAffinePool.prototype, count, {
    get(this: TenantAffinePool) {
      return this.countAcross(count);
    },
  });
}

/** FNV-1a over the key's UTF-16 code units: cheap, and the same key always gets the same lane. */
export function laneIndex(key: string, lanes: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % lanes;
}

/** The tenant-affine pool a pool is, or routes new work to (a swappable pool under Vault); else undefined. */
export function affinePoolOf(pool: pg.Pool): TenantAffinePool | undefined {
  const current = pool instanceof SwappablePool ? pool.current : pool;
  return current instanceof TenantAffinePool ? current : undefined;
}

/** The routing counts of a tenant-affine pool; undefined for a shared one. */
export function laneRouting(pool: pg.Pool): LaneRouting | undefined {
  return affinePoolOf(pool)?.routing;
}
