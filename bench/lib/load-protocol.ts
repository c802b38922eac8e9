/** One request shape the load generator picks from, uniformly at random, for every request it sends. */
export interface LoadTarget {
  path: string;
  /** GET unless given. */
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  /** A JSON body, sent as is with `content-type: application/json`. */
  body?: string;
  /**
   * A header (e.g. `idempotency-key`) the generator sets to a value unique to each request it sends, across every
   * phase of the job: requests that must not be replays of each other.
   */
  uniqueHeader?: string;
  /**
   * Requests that follow a 2xx answer to this one, in order and each after the previous one answered 2xx, with
   * the same headers (a lifecycle: create, then move what was created along). `{id}` in their paths is the value
   * at `capture` (a dotted path, e.g. `assignment.id`) in the first answer's JSON; without one, they are skipped.
   * Their figures are reported under the side `followUpSide(side)`.
   */
  followUps?: FollowUps;
}

export interface FollowUps {
  capture: string;
  requests: Array<{ method: 'GET' | 'POST'; path: string; body?: string }>;
}

/** The side the follow-up requests of a side's targets are reported under. */
export const followUpSide = (side: string) => `${side} · follow-ups`;

/** A stretch of load against one server. Phases of one job run back to back on one warm load generator. */
export interface LoadPhase {
  /** Phases with the same side are pooled into one set of figures. */
  side: string;
  url: string;
  targets: LoadTarget[];
  seconds: number;
  /** Unmeasured phases (warm-up) report counts but no latencies. */
  measured: boolean;
  /**
   * Open-loop pacing: requests are started at this many per second, evenly spaced, whatever the answers do, with
   * at most `connections` in flight (later ones wait for a connection). Latency then runs from the moment a
   * request was due, so time spent waiting behind a slow server counts (no coordinated omission). Without it,
   * the phase is closed-loop: every connection sends its next request as soon as the previous answer arrives.
   * Open-loop phases of one job against one server share their connections: an unmeasured paced phase before a
   * measured one leaves them open, so the measured one does not time connection setup.
   */
  rate?: number;
}

export interface LoadJob {
  connections: number;
  phases: LoadPhase[];
}

/** Raw outcome of one phase (or of its follow-up requests); latencies (ms, 2xx only) only for measured phases. */
export interface PhaseOutcome {
  side: string;
  /** Index of the job's phase this came from (a phase with follow-ups yields two outcomes). */
  phase?: number;
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
