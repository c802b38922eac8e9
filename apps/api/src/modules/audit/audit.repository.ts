import { and, asc, desc, eq, gt, gte, isNotNull, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { tenantSqlStatement, type TenantTx } from '@dispatch/db';
import type { AuditEventInput } from '#src/kernel/events';
import { auditChainHead, auditEvents, type AuditEventRow } from './audit.table';
import { asStoredJson, CHAIN_V2, contentDigest, GENESIS_HASH, type ChainedContent } from './audit.chain';
import { eqWhenGiven } from '#src/kernel/filters';

export type { AuditEventInput };

/**
 * Appends events to the tenant's hash chain inside the caller's transaction: the change and its audit events
 * commit together or not at all. One statement (`appendStatement`) locks the head row, links the events in SQL
 * and moves the head. With `last` it travels in the COMMIT's own message, so the lock that serializes a tenant's
 * appends is taken and released inside Postgres, never held across a client round trip.
 */
export async function appendAuditEvents(
  tx: TenantTx,
  events: readonly AuditEventInput[],
  options: { last?: boolean } = {},
): Promise<void> {
  if (events.length === 0) return;
  const statement = appendStatementFor(events.length);
  const values = appendValues(events.map((event) => chainContent(tx.tenant.id, event)));
  if (options.last && tx.withCommit) tx.withCommit(statement.bind(values));
  else await statement.run(tx, values);
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
    before: asStoredJson(event.before),
    after: asStoredJson(event.after),
    requestId: event.requestId ?? null,
  };
}

const jsonParam = (value: unknown) => (value === null ? null : JSON.stringify(value));

/** The v2 link (v2LinkHash in audit.chain.ts), in SQL. */
const v2LinkSql = (seq: SQL, prevHash: SQL, digest: SQL) =>
  sql`encode(sha256(convert_to('v2|' || ${seq} || '|' || ${prevHash} || '|' || ${digest}, 'UTF8')), 'hex')`;

/**
 * `head` locks the tenant's head row (FOR UPDATE waits for a concurrent append and then reads its newest version,
 * so the head is never stale); `chain` numbers and links the events in order from it; `inserted` writes them; the
 * outer statement moves the head. The template creates the head row with the tenant and the runtime role cannot
 * delete it; should it be missing all the same, the chain starts from the genesis link and the head is created,
 * and the unique (tenant_id, seq) index refuses a second chain rather than letting it fork.
 */
function appendStatement(count: number): SQL {
  const input = sql.join(
    Array.from({ length: count }, (_, index) => {
      const value = (field: string) => sql.placeholder(`${field}${index}`);
      return sql`(${index + 1}::int, ${value('id')}::uuid, ${value('at')}::timestamptz, ${value('actorSub')}::text,
          ${value('actorName')}::text, ${value('action')}::text, ${value('entity')}::text, ${value('entityId')}::text,
          ${value('before')}::jsonb, ${value('after')}::jsonb, ${value('requestId')}::text,
          ${value('digest')}::text)`;
    }),
    sql`, `,
  );
  return sql`WITH RECURSIVE
    head (last_seq, last_hash) AS (
      SELECT last_seq, last_hash FROM audit_chain_head FOR UPDATE
    ),
    start (last_seq, last_hash) AS (
      SELECT last_seq, last_hash FROM head
      UNION ALL SELECT 0::bigint, ${GENESIS_HASH}::text WHERE NOT EXISTS (SELECT FROM head)
    ),
    input (ord, id, at, actor_sub, actor_name, action, entity, entity_id, before, after, request_id, digest) AS (
      VALUES ${input}
    ),
    chain (ord, seq, prev_hash, hash) AS (
      SELECT input.ord, start.last_seq + 1, start.last_hash,
             ${v2LinkSql(sql`(start.last_seq + 1)`, sql`start.last_hash`, sql`input.digest`)}
        FROM start JOIN input ON input.ord = 1
      UNION ALL
      SELECT input.ord, chain.seq + 1, chain.hash, ${v2LinkSql(sql`(chain.seq + 1)`, sql`chain.hash`, sql`input.digest`)}
        FROM chain JOIN input ON input.ord = chain.ord + 1
    ),
    inserted AS (
      INSERT INTO audit_events (id, at, actor_sub, actor_name, action, entity, entity_id, before, after, request_id,
                                seq, prev_hash, hash, content_digest, chain_version)
      SELECT input.id, input.at, input.actor_sub, input.actor_name, input.action, input.entity, input.entity_id,
             input.before, input.after, input.request_id, chain.seq, chain.prev_hash, chain.hash, input.digest,
             ${CHAIN_V2}::smallint
        FROM input JOIN chain USING (ord)
    )
    INSERT INTO audit_chain_head (last_seq, last_hash, legacy_events)
    SELECT seq, hash, 0 FROM chain ORDER BY ord DESC LIMIT 1
    ON CONFLICT (tenant_id) DO UPDATE
      SET last_seq = excluded.last_seq, last_hash = excluded.last_hash, updated_at = now()`;
}

/**
 * The statement for each number of events, rendered the first time a transaction appends that many (kept up to
 * a count no ordinary request exceeds; a larger batch, such as a long queue served at once, renders its own).
 */
const KEPT_UP_TO = 64;
const appendStatements = new Map<number, ReturnType<typeof tenantSqlStatement>>();
function appendStatementFor(count: number) {
  let statement = appendStatements.get(count);
  if (statement) return statement;
  statement = tenantSqlStatement(appendStatement(count));
  if (count <= KEPT_UP_TO) appendStatements.set(count, statement);
  return statement;
}

/** The placeholders' values of `appendStatement` for these events. */
function appendValues(events: readonly ChainedContent[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  events.forEach((event, index) => {
    values[`id${index}`] = event.id;
    values[`at${index}`] = event.at.toISOString();
    values[`actorSub${index}`] = event.actorSub;
    values[`actorName${index}`] = event.actorName;
    values[`action${index}`] = event.action;
    values[`entity${index}`] = event.entity;
    values[`entityId${index}`] = event.entityId;
    values[`before${index}`] = jsonParam(event.before);
    values[`after${index}`] = jsonParam(event.after);
    values[`requestId${index}`] = event.requestId;
    values[`digest${index}`] = contentDigest(event);
  });
  return values;
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
