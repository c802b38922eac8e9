/** One request shape the load generator picks from, uniformly at random, for every request it sends. */
export interface LoadTarget {
  path: string;
  headers?: Record<string, string>;
}

/** A stretch of load against one server. Phases of one job run back to back on one warm load generator. */
export interface LoadPhase {
  /** Phases with the same side are pooled into one set of figures. */
  side: string;
  url: string;
  targets: LoadTarget[];
  seconds: number;
  /** Unmeasured phases (warm-up) report counts but no latencies. */
  measured: boolean;
}

export interface LoadJob {
  connections: number;
  phases: LoadPhase[];
}

/** Raw outcome of one phase; latencies (ms, 2xx only) only for measured phases. */
export interface PhaseOutcome {
  side: string;
  measured: boolean;
  elapsedS: number;
  responses: number;
  statusCounts: Record<string, number>;
  /** Connection errors, including timeouts. */
  errors: number;
  timeouts: number;
  ok: number;
  latencies: number[];
}

export type WorkerMessage =
  | { type: 'phase'; index: number }
  | { type: 'tick'; index: number; second: number; responses: number }
  | { type: 'result'; phases: PhaseOutcome[] }
  | { type: 'error'; message: string };
