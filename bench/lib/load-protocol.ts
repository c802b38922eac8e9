import type { Summary } from './stats';

/** One request shape the load generator picks from, uniformly at random, for every request it sends. */
export interface LoadTarget {
  path: string;
  headers?: Record<string, string>;
}

export interface LoadJob {
  url: string;
  connections: number;
  /** Unmeasured run first (same targets); 0 skips it. */
  warmupS: number;
  durationS: number;
  targets: LoadTarget[];
}

export interface LoadStats {
  elapsedS: number;
  responses: number;
  ok: number;
  non2xx: number;
  statusCounts: Record<string, number>;
  /** Connection errors, including timeouts. */
  errors: number;
  timeouts: number;
  /** 2xx responses per second. */
  rps: number;
  /** Latency of 2xx responses, from request written to response complete, in ms. */
  latencyMs: Summary;
}

export type WorkerMessage =
  | { type: 'phase'; phase: 'warmup' | 'measure' }
  | { type: 'tick'; phase: 'warmup' | 'measure'; second: number; responses: number }
  | { type: 'result'; warmup: LoadStats | null; measured: LoadStats }
  | { type: 'error'; message: string };
