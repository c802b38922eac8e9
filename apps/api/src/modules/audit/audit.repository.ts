import { and, asc, desc, eq, gt, gte, isNotNull, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { tenantSqlStatement, type TenantTx } from '@dispatch/db';
import type { AuditEventInput } from '#src/kernel/events';
import { auditChainHead, auditEvents, type AuditEventRow } from './audit.table';
import { contentDigest, type ChainedContent } from './audit.chain';
import { eqWhenGiven } from '#src/kernel/filters';
import { isoTimestamp } from '#src/kernel/iso-timestamp';

export type { AuditEventInput };

/**
 * Appends events to the tenant's hash chain inside the caller's transaction: the change and its audit events
 * commit together or not at all. The tenant schema's `audit_append` function (tenant template
 * 20261129210000) locks the head row, links the events in order and moves the head; it is a function so that
 * Postgres plans its statements once per connection rather than on every write. With `last` the call travels in
 * the COMMIT's own message, so the lock that serializes a tenant's appends is taken and released inside
 * Postgres, never held across a client round trip.
 */
export async function appendAuditEvents(
  tx: TenantTx,
  events: readonly AuditEventInput[],
  options: { last?: boolean } = {},
): Promise<void> {
  if (events.length === 0) return;
  const values = { events: appendArgument(events.map((event) => chainContent(tx.tenant.id, event))) };
  if (options.last && tx.withCommit) tx.withCommit(appendStatement.bind(values));
  else await appendStatement.run(tx, values);
}

function chainContent(tenantId: string, event: AuditEventInput): ChainedContent {
  return {
    tenantId,
    id: uuidv7(),
    at: new Date(),
    actorSub: event.actor.sub,
    actorName: event.actor.name ?? null,
    action: event.action,
    entity: event.entity,
    entityId: event.entityId ?? null,
    // As given, not a JSON round trip of it: the canonical text (the digest) and JSON.stringify (the stored
    // jsonb) both read a value as JSON does, Dates through toJSON and undefined members left out, so they
    // write what a round trip would (audit.chain.test.ts), without a third serialization and a parse.
    before: event.before ?? null,
    after: event.after ?? null,
    requestId: event.requestId ?? null,
  };
}

/** Rendered once; each append fills in its events (one JSON literal, escaped by the library). */
const appendStatement = tenantSqlStatement(sql`SELECT audit_append(${sql.placeholder('events')}::jsonb)`);

/** The function's argument: the events in chain order, with the columns it inserts and each content digest. */
function appendArgument(events: readonly ChainedContent[]): string {
  return JSON.stringify(
    events.map((event) => ({
      id: event.id,
      at: isoTimestamp(event.at),
      actor_sub: event.actorSub,
      actor_name: event.actorName,
      action: event.action,
      entity: event.entity,
      entity_id: event.entityId,
      before: event.before,
      after: event.after,
      request_id: event.requestId,
      digest: contentDigest(event),
    })),
  );
}

export interface AuditFilters {
  entity?: string;
  entityId?: string;
  actor?: string;
  from?: Date;
  to?: Date;
}

export async function listAuditEvents(
  tx: TenantTx,
  filters: AuditFilters,
  page: { limit: number; before?: { at: Date; id: string } },
): Promise<AuditEventRow[]> {
  const conditions: (SQL | undefined)[] = [
    eqWhenGiven(auditEvents.entity, filters.entity),
    eqWhenGiven(auditEvents.entityId, filters.entityId),
    eqWhenGiven(auditEvents.actorSub, filters.actor),
    filters.from === undefined ? undefined : gte(auditEvents.at, filters.from),
    filters.to === undefined ? undefined : lt(auditEvents.at, filters.to),
    page.before === undefined
      ? undefined
      : or(
          lt(auditEvents.at, page.before.at),
          and(eq(auditEvents.at, page.before.at), lt(auditEvents.id, page.before.id)),
        ),
  ];
  return tx.db
    .select()
    .from(auditEvents)
    .where(and(...conditions))
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(page.limit);
}

/** Chained events in chain order, a page at a time (verification streams the whole chain). */
export async function chainPage(tx: TenantTx, afterSeq: number, limit: number): Promise<AuditEventRow[]> {
  return tx.db
    .select()
    .from(auditEvents)
    .where(and(isNotNull(auditEvents.seq), gt(auditEvents.seq, afterSeq)))
    .orderBy(asc(auditEvents.seq))
    .limit(limit);
}

export async function chainHead(tx: TenantTx) {
  const [head] = await tx.db.select().from(auditChainHead).limit(1);
  return head;
}

/** Events without a chain position: only the ones written before the chain existed are expected. */
export async function unchainedCount(tx: TenantTx): Promise<number> {
  const [row] = await tx.db
    .select({ count: sql<number>`count(*)::int` })
    .from(auditEvents)
    .where(isNull(auditEvents.seq));
  return row?.count ?? 0;
}

/** Events about one entity, oldest first (for example the decision records of a dispatch request). */
export async function entityEvents(
  tx: TenantTx,
  filter: { entity: string; entityId: string; action?: string },
) {
  return tx.db
    .select()
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.entity, filter.entity),
        eq(auditEvents.entityId, filter.entityId),
        eqWhenGiven(auditEvents.action, filter.action),
      ),
    )
    .orderBy(asc(auditEvents.at), asc(auditEvents.id));
}
