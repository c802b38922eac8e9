/** What the virtual users of one tenant work with (seeded through the API beforehand). */
export interface VuTenant {
  host: string;
  /** A dispatcher token (second factor in `amr`): every operation of the mix is a dispatcher's. */
  token: string;
  workOrderIds: string[];
  /** The type with a free fleet: dispatch requests for it are normally answered 201 (an assignment). */
  fleetTypeId: string;
}

/**
 * The operations of the mix with their weights. A virtual user that holds an assignment it got from a dispatch
 * request moves it one step (en_route, on_site, completed) on its next turns instead, as a driver's app would:
 * `assignment move` is not drawn, it follows every dispatched request three times.
 */
export const OPERATION_WEIGHTS = {
  'list work orders': 20,
  'read work order': 20,
  'list equipment': 12,
  'list equipment types': 6,
  dashboard: 12,
  'list active assignments': 10,
  'create work order': 10,
  'dispatch request': 10,
} as const;
export type DrawnOperation = keyof typeof OPERATION_WEIGHTS;
export type Operation = DrawnOperation | 'assignment move';

export interface VuJob {
  /** One API URL, or several that users are spread over (each user keeps to one, as a browser keeps its connection). */
  urls: string[];
  tenants: VuTenant[];
  users: number;
  /** Mean think time between a user's answer and its next request; each pause is uniform in [0.5, 1.5] × this. */
  thinkMs: number;
  /** Unrecorded seconds first (users start spread over one think time), then `seconds` recorded. */
  warmupS: number;
  seconds: number;
  /** Keep recording after `seconds` until the parent sends `{ type: 'stop' }` (a rolling restart in progress). */
  untilStopped?: boolean;
}

export interface OperationOutcome {
  /** Latency of every 2xx answer in the recorded window, ms (request start to last byte). */
  latencies: number[];
  ok: number;
  statusCounts: Record<string, number>;
  /** Connection errors and timeouts: no answer at all. */
  errors: number;
  /** The first few failures, for the report. */
  samples: string[];
}

export type VuMessage =
  | { type: 'recording'; on: boolean }
  | {
      type: 'tick';
      second: number;
      answers: number;
      failures: number;
      inFlight: number;
      /** p95 of the 2xx answers that arrived in this second (null when none did): a stall shows as one bad second. */
      p95Ms: number | null;
    }
  | {
      type: 'result';
      operations: Record<string, OperationOutcome>;
      dispatched: number;
      queued: number;
      recordedS: number;
    }
  | { type: 'error'; message: string };
