import { and, asc, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import { statementBuilder, tenantSqlStatement, tenantStatement, type TenantTx } from '@dispatch/db';
import type { TenantUser } from '#src/auth/tenant-user';
import { regionCondition } from '#src/auth/region-scope';
import { dispatchRequests, type DispatchRequestRow, type RequestStatus } from './dispatch.tables';

import { requestVisible, type DispatchScope } from './dispatch.scope';
import { unitsInServiceOf } from '#src/modules/fleet/index';
import { eqWhenGiven } from '#src/kernel/filters';

// ---- Requests -------------------------------------------------------------------------------------------

export async function findRequest(
  tx: TenantTx,
  scope: DispatchScope,
  id: string,
): Promise<DispatchRequestRow | undefined> {
  const [row] = await tx.db
    .select()
    .from(dispatchRequests)
    .where(and(eq(dispatchRequests.id, id), requestVisible(scope)))
    .limit(1);
  return row;
}

const lockToServeStatement = tenantStatement(
  statementBuilder
    .select()
    .from(dispatchRequests)
    .where(eq(dispatchRequests.id, sql.placeholder('id')))
    .limit(1)
    .for('update', { skipLocked: true })
    .prepare('dispatch_request_lock_to_serve'),
);
const requestExistsStatement = tenantStatement(
  statementBuilder
    .select({ id: dispatchRequests.id })
    .from(dispatchRequests)
    .where(eq(dispatchRequests.id, sql.placeholder('id')))
    .prepare('dispatch_request_exists'),
);

/** Locks a request to serve it, skipping it if another transaction holds it. `undefined` = no such request. */
export async function lockRequestToServe(
  tx: TenantTx,
  id: string,
): Promise<{ row: DispatchRequestRow } | { locked: true } | undefined> {
  const [row] = await lockToServeStatement.run(tx, { id });
  if (row) return { row };
  const [exists] = await requestExistsStatement.run(tx, { id });
  return exists ? { locked: true } : undefined;
}

// Serving the queue moves a request to dispatched with no user scope: that one statement is built once.
const dispatchQueuedStatement = tenantStatement(
  statementBuilder
    .update(dispatchRequests)
    .set({ status: 'dispatched', dispatchedAt: sql`clock_timestamp()`, updatedAt: sql`now()` })
    .where(and(eq(dispatchRequests.id, sql.placeholder('id')), eq(dispatchRequests.status, 'queued')))
    .returning()
    .prepare('dispatch_request_dispatch_queued'),
);

/** Transition checked in SQL: only a queued request becomes dispatched or cancelled. */
export async function moveQueuedRequest(
  tx: TenantTx,
  id: string,
  to: Exclude<RequestStatus, 'queued'>,
  scope?: DispatchScope,
): Promise<DispatchRequestRow | undefined> {
  if (to === 'dispatched' && !scope) return (await dispatchQueuedStatement.run(tx, { id }))[0];
  const [row] = await tx.db
    .update(dispatchRequests)
    .set(
      to === 'dispatched'
        ? { status: to, dispatchedAt: sql`clock_timestamp()`, updatedAt: sql`now()` }
        : { status: to, cancelledAt: sql`clock_timestamp()`, updatedAt: sql`now()` },
    )
    .where(
      and(eq(dispatchRequests.id, id), eq(dispatchRequests.status, 'queued'), scope && requestVisible(scope)),
    )
    .returning();
  return row;
}

/** 1-based place in its type's serving order (urgent first, then first-come). */
export async function queuePosition(
  tx: TenantTx,
  request: Pick<DispatchRequestRow, 'equipmentTypeId' | 'priority' | 'queueSeq'>,
) {
  const rank = request.priority === 'urgent' ? 0 : 1;
  const [row] = await tx.db
    .select({ ahead: sql<number>`count(*)::int` })
    .from(dispatchRequests)
    .where(
      and(
        eq(dispatchRequests.equipmentTypeId, request.equipmentTypeId),
        eq(dispatchRequests.status, 'queued'),
        sql`(${dispatchRequests.priorityRank}, ${dispatchRequests.queueSeq}) < (${rank}, ${request.queueSeq})`,
      ),
    );
  return (row?.ahead ?? 0) + 1;
}

export async function listRequests(
  tx: TenantTx,
  scope: DispatchScope,
  filters: { status?: RequestStatus; typeId?: string; workOrderId?: string },
  page: { limit: number; beforeId?: string },
) {
  return tx.db
    .select()
    .from(dispatchRequests)
    .where(
      and(
        requestVisible(scope),
        eqWhenGiven(dispatchRequests.status, filters.status),
        eqWhenGiven(dispatchRequests.equipmentTypeId, filters.typeId),
        eqWhenGiven(dispatchRequests.workOrderId, filters.workOrderId),
        page.beforeId === undefined ? undefined : lt(dispatchRequests.id, page.beforeId),
      ),
    )
    .orderBy(desc(dispatchRequests.id))
    .limit(page.limit);
}

/** Queued requests in serving order with their global position per type; the region rule filters after ranking. */
export async function queuedInOrder(
  tx: TenantTx,
  user: TenantUser,
  typeId: string | undefined,
  limit: number,
) {
  const ranked = tx.db.$with('ranked').as(
    tx.db
      .select({
        id: dispatchRequests.id,
        position: sql<number>`row_number() OVER (PARTITION BY ${dispatchRequests.equipmentTypeId}
                               ORDER BY ${dispatchRequests.priorityRank}, ${dispatchRequests.queueSeq})::int`.as(
          'position',
        ),
      })
      .from(dispatchRequests)
      .where(
        and(eq(dispatchRequests.status, 'queued'), eqWhenGiven(dispatchRequests.equipmentTypeId, typeId)),
      ),
  );
  return tx.db
    .with(ranked)
    .select({ request: dispatchRequests, position: ranked.position })
    .from(ranked)
    .innerJoin(dispatchRequests, eq(dispatchRequests.id, ranked.id))
    .where(regionCondition(user, dispatchRequests.workOrderRegion))
    .orderBy(asc(dispatchRequests.equipmentTypeId), asc(ranked.position))
    .limit(limit);
}

/** Queued requests per type and priority: as the user may see them, or (user null) across the whole tenant. */
export async function queueDepths(tx: TenantTx, user: TenantUser | null, typeIds?: string[]) {
  return tx.db
    .select({
      equipmentTypeId: dispatchRequests.equipmentTypeId,
      priority: dispatchRequests.priority,
      depth: sql<number>`count(*)::int`,
    })
    .from(dispatchRequests)
    .where(
      and(
        eq(dispatchRequests.status, 'queued'),
        typeIds ? inArray(dispatchRequests.equipmentTypeId, typeIds) : undefined,
        user ? regionCondition(user, dispatchRequests.workOrderRegion) : undefined,
      ),
    )
    .groupBy(dispatchRequests.equipmentTypeId, dispatchRequests.priority);
}

/**
 * `queueDepths` across the whole tenant as one SQL statement rendered once, its columns named as `queueDepths`
 * names its fields: for reading with the COMMIT (`TenantTx.withCommit`), where drizzle's row mapping does not run.
 */
const tenantQueueDepths = tenantSqlStatement(
  sql`SELECT ${dispatchRequests.equipmentTypeId} AS "equipmentTypeId", ${dispatchRequests.priority} AS "priority",
             count(*)::int AS "depth"
        FROM ${dispatchRequests}
       WHERE ${dispatchRequests.status} = 'queued'
         AND ${dispatchRequests.equipmentTypeId} = ANY(${sql.placeholder('typeIds')}::uuid[])
       GROUP BY 1, 2`,
);
export const tenantQueueDepthsQuery = (typeIds: readonly string[]) =>
  tenantQueueDepths.bind({ typeIds: [...typeIds] });

/**
 * Mean dispatched → completed time of each type's most recent completions, and its units in service (counted by
 * the fleet). A type without completions has no mean; one without units, 0.
 */
export async function turnoverStats(tx: TenantTx, typeIds: string[]) {
  if (typeIds.length === 0) return [];
  const types = sql.join(
    typeIds.map((id) => sql`(${id}::uuid)`),
    sql`, `,
  );
  const result = await tx.db.execute<{ type_id: string; avg_seconds: number | null; units: number }>(sql`
    SELECT t.id AS type_id,
           (SELECT avg(extract(epoch FROM a.completed_at - a.dispatched_at))::float8 FROM (
              SELECT completed_at, dispatched_at FROM assignments
               WHERE equipment_type_id = t.id AND status = 'completed'
               ORDER BY completed_at DESC LIMIT 20) a) AS avg_seconds,
           ${unitsInServiceOf(sql`t.id`)} AS units
      FROM (VALUES ${types}) AS t(id)`);
  return result.rows;
}

// ---- Reconciliation -----------------------------------------------------------------------------------

/** Every queued request of the tenant, by type in serving order (what Redis must hold). */
export async function queuedEntries(tx: TenantTx) {
  return tx.db
    .select({
      requestId: dispatchRequests.id,
      typeId: dispatchRequests.equipmentTypeId,
      region: dispatchRequests.region,
      priority: dispatchRequests.priority,
      queueSeq: dispatchRequests.queueSeq,
    })
    .from(dispatchRequests)
    .where(eq(dispatchRequests.status, 'queued'))
    .orderBy(
      asc(dispatchRequests.equipmentTypeId),
      asc(dispatchRequests.priorityRank),
      asc(dispatchRequests.queueSeq),
    );
}

export async function requestStatuses(tx: TenantTx, ids: string[]): Promise<Map<string, RequestStatus>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.db
    .select({ id: dispatchRequests.id, status: dispatchRequests.status })
    .from(dispatchRequests)
    .where(inArray(dispatchRequests.id, ids));
  return new Map(rows.map((row) => [row.id, row.status]));
}
