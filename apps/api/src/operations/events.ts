import type { Redis } from 'ioredis';

export type DomainEventType =
  | 'assignment.updated'
  | 'request.updated'
  | 'queue.updated'
  | 'equipment.updated'
  | 'driver.updated'
  | 'workorder.updated';

/** Who may see an event: the realtime layer routes it to the tenant room, a region room and/or a driver room. */
export interface EventAudience {
  region?: string | null;
  regions?: string[];
  driverId?: string | null;
}

export interface DomainEvent {
  type: DomainEventType;
  payload: unknown;
  audience?: EventAudience;
}

export interface PublishedEvent extends DomainEvent {
  tenantId: string;
  /** Per-tenant, monotonically increasing: a client that sees a gap refetches. */
  seq: number;
  /** When the transaction that caused it committed (as seen by this process). */
  at: string;
}

export const eventsChannel = (tenantId: string) => `dispatch:{t:${tenantId}}:events`;
export const eventSeqKey = (tenantId: string) => `dispatch:{t:${tenantId}}:event-seq`;

/**
 * Publishes events of one committed transaction, in order, each with the tenant's next sequence number
 * (one INCRBY reserves the block). Called only after COMMIT; a failure here loses no data, only a push.
 */
export async function publishEvents(
  redis: Redis,
  tenantId: string,
  events: readonly DomainEvent[],
  committedAt: Date,
) {
  if (events.length === 0) return;
  const last = await redis.incrby(eventSeqKey(tenantId), events.length);
  const first = last - events.length + 1;
  const at = committedAt.toISOString();
  const pipeline = redis.pipeline();
  events.forEach((event, index) => {
    const message: PublishedEvent = { ...event, tenantId, seq: first + index, at };
    pipeline.publish(eventsChannel(tenantId), JSON.stringify(message));
  });
  await pipeline.exec();
}
