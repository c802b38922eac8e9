import { uuidv7 } from 'uuidv7';
import type { TenantTx } from '@dispatch/db';
import { auditEvents } from './audit.table';

export interface AuditEventInput {
  actor: { sub: string; name?: string };
  action: string;
  entity: string;
  entityId?: string;
  before?: unknown;
  after?: unknown;
  requestId?: string;
}

/** Written inside the caller's transaction: the change and its audit event commit together or not at all. */
export async function recordAuditEvent(tx: TenantTx, event: AuditEventInput): Promise<void> {
  await tx.db.insert(auditEvents).values({
    id: uuidv7(),
    actorSub: event.actor.sub,
    actorName: event.actor.name ?? null,
    action: event.action,
    entity: event.entity,
    entityId: event.entityId ?? null,
    before: event.before ?? null,
    after: event.after ?? null,
    requestId: event.requestId ?? null,
  });
}
