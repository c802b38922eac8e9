/**
 * What a unit of work records besides its SQL: domain events (`uow.emit`, published once the transaction has
 * committed) and audit events (`uow.audit`, appended to the tenant's chain just before COMMIT). The kernel owns
 * these shapes; the realtime and audit modules implement the sinks (see `EventSinks` in unit-of-work.ts).
 * docs/realtime.md says who receives which event.
 */

export const DOMAIN_EVENT_TYPES = [
  'assignment.updated',
  'request.updated',
  'queue.updated',
  'equipment.updated',
  'driver.updated',
  'workorder.updated',
  'equipmenttype.updated',
  'attachment.updated',
  'settings.updated',
] as const;

export type DomainEventType = (typeof DOMAIN_EVENT_TYPES)[number];

/**
 * Who may see an event. `region` (or several `regions`) lets region-limited users of that region see it;
 * `driverId` lets that driver (the user linked to the driver record) see it. Every event reaches the tenant's
 * unlimited staff (admins and users without a region). An event with neither reaches only them: anything a
 * region-limited user or a driver may see must say so.
 */
export interface EventAudience {
  region?: string | null;
  regions?: ReadonlyArray<string | null>;
  driverId?: string | null;
}

export interface DomainEvent {
  type: DomainEventType;
  payload: unknown;
  audience?: EventAudience;
}

/** One audit event as a service records it; the unit of work adds the actor and the request id. */
export interface AuditEventInput {
  actor: { sub: string; name?: string };
  action: string;
  entity: string;
  entityId?: string;
  before?: unknown;
  after?: unknown;
  requestId?: string;
}
