import { and, asc, desc, eq, gt, gte, isNotNull, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { TenantTx } from '@dispatch/db';
import type { AuditEventInput } from '#src/kernel/events';
import { auditChainHead, auditEvents, type AuditEventRow } from './audit.table';
import { asStoredJson, chainHash, GENESIS_HASH } from './audit.chain';
import { eqWhenGiven } from '#src/kernel/filters';

export type { AuditEventInput };

/**
 * Appends events to the tenant's hash chain inside the caller's transaction: the change and its audit events
 * commit together or not at all. Appends of one tenant are serialized by a transaction-scoped advisory lock
 * (held until commit), so call this as late in the transaction as possible.
 */
export async function appendAuditEvents(
  tx: TenantTx,
  events: readonly AuditEventInput[],
  options: { last?: boolean } = {},
): Promise<void> {
  if (events.length === 0) return;
  // Lock and read the head in one round trip, held until COMMIT. FOR UPDATE matters: a plain read would use
  // the snapshot taken before waiting for the lock and see a stale head; a locked row is the newest version.
  const locked = await tx.db.execute<{ last_seq: string | number; last_hash: string }>(
    sql`SELECT pg_advisory_xact_lock(hashtextextended(${'audit-chain:' + tx.tenant.id}, 0)), last_seq, last_hash
          FROM audit_chain_head FOR UPDATE`,
  );
  let head = locked.rows[0] && {
    lastSeq: Number(locked.rows[0].last_seq),
    lastHash: locked.rows[0].last_hash,
  };
  if (!head) {
    // No head row yet: serialize on the advisory lock alone, then read again (a new snapshot, after the lock).
    await tx.db.execute(
      sql`SELECT pg_advisory_xact_lock(hashtextextended(${'audit-chain:' + tx.tenant.id}, 0))`,
    );
    [head] = await tx.db.select().from(auditChainHead).limit(1);
  }
  let seq = head?.lastSeq ?? 0;
  let prevHash = head?.lastHash ?? GENESIS_HASH;
  const rows = events.map((event) => {
    seq += 1;
    const row = {
      tenantId: tx.tenant.id,
      seq,
      id: uuidv7(),
      at: new Date(),
      actorSub: event.actor.sub,
      actorName: event.actor.name ?? null,
      action: event.action,
      entity: event.entity,
      entityId: event.entityId ?? null,
      before: asStoredJson(event.before),
      after: asStoredJson(event.after),
      requestId: event.requestId ?? null,
      prevHash,
    };
    const hash = chainHash(row);
    prevHash = hash;
    return { ...row, hash };
  });
  if (head) {
    // The links and the new head in one statement. As the transaction's last, it travels with the COMMIT: a busy
    // tenant's appends wait for the chain lock one round trip less each.
    const insert = tx.db.insert(auditEvents).values(rows).getSQL();
    const append = sql`WITH moved AS (UPDATE audit_chain_head SET last_seq = ${seq}, last_hash = ${prevHash}, updated_at = now()) ${insert}`;
    if (options.last && tx.withCommit) tx.withCommit(append);
    else await tx.db.execute(append);
  } else {
    await tx.db.insert(auditEvents).values(rows);
    await tx.db
      .insert(auditChainHead)
      .values({ lastSeq: seq, lastHash: prevHash, legacyEvents: 0 })
      .onConflictDoUpdate({ target: auditChainHead.tenantId, set: { lastSeq: seq, lastHash: prevHash } });
  }
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
