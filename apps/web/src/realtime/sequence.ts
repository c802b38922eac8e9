/** An event as the server sends it (docs/realtime.md, "For clients"). */
export interface EventEnvelope {
  seq: number;
  /** The sequence number of the previous event of this client's feed (0: none). */
  prev: number;
  committedAt: string;
  type: string;
  payload: unknown;
}

/** Where the client stands in the tenant's event sequence; `null` before the first `ready`. */
export interface Position {
  epoch: string;
  seq: number;
}

export type Verdict = 'drop' | 'apply' | 'gap';

/**
 * What to do with an event, given the last position applied:
 * - `seq <= last`: old or duplicate (a replay overlapping what we hold): drop;
 * - the next one of our feed (`prev <= last`; for unlimited staff that is `seq == last + 1`, a region-limited
 *   or driver feed skips other feeds' numbers and links with `prev`): apply;
 * - anything else: something was missed: refetch what is shown.
 */
export function classify(last: number, event: Pick<EventEnvelope, 'seq' | 'prev'>): Verdict {
  if (event.seq <= last) return 'drop';
  if (event.prev <= last) return 'apply';
  return 'gap';
}

/** On `ready`: whether the server brought us up to date (replay) or we must refetch (new epoch, first contact). */
export function readyNeedsRefetch(held: Position | null, ready: { epoch: string; seq: number }): boolean {
  if (held === null) return false; // first contact: the snapshots loaded over HTTP say where they stand
  return held.epoch !== ready.epoch;
}
