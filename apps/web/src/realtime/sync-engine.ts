import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { applyEvent, isAggregate, liveKeyPrefixes, staleAfter } from './patches';
import { classify, readyNeedsRefetch, type EventEnvelope, type Position } from './sequence';
import { isSnapshot } from './snapshot';

export type SyncStatus =
  | { kind: 'connecting' }
  | { kind: 'live'; updatedAt: number }
  | { kind: 'resyncing' }
  | { kind: 'offline'; since: number };

const LOG_SIZE = 500;

function isLiveKey(key: QueryKey): boolean {
  return liveKeyPrefixes.some((prefix) => prefix.every((part, index) => key[index] === part));
}

/**
 * Keeps the query cache in step with the tenant's event sequence (web spec, "Realtime client rules"):
 * old and duplicate events are dropped, the next one patches the cache in place, a gap or an un-replayable
 * reconnect refetches what is shown and carries on from the position the server gives.
 *
 * Snapshots and events race: a list fetched just before some events landed reports an older `x-tenant-seq`
 * than the position already applied. Such a snapshot gets the events it lacks from a short log of applied
 * events (or, if the log no longer reaches back, is fetched again), so it never rolls the screen back.
 */
export class SyncEngine {
  private position: Position | null = null;
  private log: EventEnvelope[] = [];
  private status: SyncStatus = { kind: 'connecting' };
  private readonly listeners = new Set<() => void>();
  /** Queries already fetched again to reach a position: asked once per position, never in a loop. */
  private readonly refetchedAt = new Map<string, number>();
  private readonly unsubscribe: () => void;

  constructor(
    private readonly client: QueryClient,
    private readonly now: () => number = () => Date.now(),
  ) {
    this.unsubscribe = client.getQueryCache().subscribe((event) => {
      // Fetched snapshots only: the engine's own patches (`setQueryData`) are manual writes.
      if (event.type === 'updated' && event.action.type === 'success' && !event.action.manual)
        this.catchUp(event.query.queryKey);
    });
  }

  /** What to send when (re)connecting: the server replays from here. */
  get handshake(): { lastSeq?: number; epoch?: string } {
    return this.position ? { lastSeq: this.position.seq, epoch: this.position.epoch } : {};
  }

  getStatus = (): SyncStatus => this.status;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  dispose(): void {
    this.unsubscribe();
    this.listeners.clear();
  }

  onReady(ready: { epoch: string; seq: number }): void {
    if (readyNeedsRefetch(this.position, ready)) {
      void this.resync(ready);
      return;
    }
    const first = this.position === null;
    this.position = { epoch: ready.epoch, seq: Math.max(this.position?.seq ?? 0, ready.seq) };
    this.setStatus({ kind: 'live', updatedAt: this.now() });
    // First contact: snapshots loaded over HTTP before the socket was live may predate `ready`.
    if (first) for (const query of this.liveQueries()) this.catchUp(query.queryKey);
  }

  onEvent(event: EventEnvelope): void {
    if (!this.position || this.status.kind === 'offline') return;
    const verdict = classify(this.position.seq, event);
    if (verdict === 'drop') return;
    if (verdict === 'gap') {
      void this.resync({ epoch: this.position.epoch, seq: event.seq });
      return;
    }
    this.position = { ...this.position, seq: event.seq };
    this.log.push(event);
    if (this.log.length > LOG_SIZE) this.log.shift();
    applyEvent(this.client, event);
    if (this.status.kind !== 'resyncing') this.setStatus({ kind: 'live', updatedAt: this.now() });
  }

  /** Refetch what is shown (and mark the rest stale), then carry on from `to`. */
  async resync(to: { epoch: string; seq: number }): Promise<void> {
    this.position = { epoch: to.epoch, seq: to.seq };
    this.log = [];
    this.setStatus({ kind: 'resyncing' });
    await Promise.all(
      liveKeyPrefixes.map((queryKey) => this.client.invalidateQueries({ queryKey }, { cancelRefetch: true })),
    ).catch(() => undefined);
    if (this.status.kind === 'resyncing') this.setStatus({ kind: 'live', updatedAt: this.now() });
  }

  onDisconnect(): void {
    if (this.status.kind !== 'offline') this.setStatus({ kind: 'offline', since: this.now() });
  }

  onReconnecting(): void {
    if (this.status.kind === 'offline') return;
    this.setStatus({ kind: 'connecting' });
  }

  private liveQueries() {
    return this.client.getQueryCache().findAll({ predicate: (query) => isLiveKey(query.queryKey) });
  }

  /** Brings one freshly fetched snapshot up to the position applied, or fetches it again. */
  private catchUp(key: QueryKey): void {
    if (!this.position || !isLiveKey(key)) return;
    const snapshot = this.client.getQueryData(key);
    if (!isSnapshot(snapshot) || snapshot.seq === null || snapshot.seq >= this.position.seq) return;
    const missed = this.log.filter((event) => event.seq > snapshot.seq!);
    const covered = missed.length > 0 && missed[0]!.prev <= snapshot.seq;
    if (!covered || (isAggregate(key) && staleAfter(key, missed))) {
      const hash = JSON.stringify(key);
      if (this.refetchedAt.get(hash) === this.position.seq) return; // asked already: the server knows no more now
      this.refetchedAt.set(hash, this.position.seq);
      void this.client.invalidateQueries({ queryKey: key, exact: true });
      return;
    }
    if (isAggregate(key)) return;
    for (const event of missed) applyEvent(this.client, event, { listsOnly: true });
  }

  private setStatus(status: SyncStatus): void {
    this.status = status;
    for (const listener of this.listeners) listener();
  }
}
