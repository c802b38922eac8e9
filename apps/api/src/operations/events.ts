/**
 * Domain events: what a unit of work emits (`uow.emit`) and the realtime module publishes once the transaction
 * has committed (`app.realtime.publish`: the tenant's next sequence numbers, the replay backlog and the tenant's
 * channel, in one Redis script). See docs/realtime.md for who receives what.
 */
export type {
  RealtimeEvent as DomainEvent,
  RealtimeEventType as DomainEventType,
  EventAudience,
} from '../modules/realtime';
