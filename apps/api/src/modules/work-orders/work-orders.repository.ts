import { and, desc, eq, getTableColumns, ilike, lt, or, sql } from 'drizzle-orm';
import {
  columnList,
  labelled,
  rowOf,
  statementBuilder,
  tenantSqlStatement,
  tenantStatement,
  tenantStatementsByShape,
  typedPlaceholders,
  type TenantTx,
} from '@dispatch/db';
import type { TenantUser } from '#src/auth/tenant-user';
import { regionLimit } from '#src/auth/region-scope';
import {
  noDispatchWorkLeftFilter,
  visibleToDriverFilter,
  type WorkOrderLookup,
} from '#src/modules/dispatch/index';
import { tenantCounters, workOrders, type WorkOrderRow, type WorkOrderStatus } from './work-orders.table';

export interface Visibility {
  user: TenantUser;
  /** Only work orders this driver (by IdP sub) has an assignment on. */
  driverSub?: string;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

// The board's most frequent reads: each combination of filters is built once (tenantStatementsByShape).
const workOrderPages = tenantStatementsByShape(
  ['userRegion', 'driverSub', 'status', 'region', 'pattern', 'beforeSeq'],
  (has) =>
    statementBuilder
      .select()
      .from(workOrders)
      .where(
        and(
          has.userRegion ? eq(workOrders.region, sql.placeholder('userRegion')) : undefined,
          has.driverSub ? visibleToDriverFilter(workOrders.id, sql.placeholder('driverSub')) : undefined,
          has.status ? eq(workOrders.status, sql.placeholder('status')) : undefined,
          has.region ? eq(workOrders.region, sql.placeholder('region')) : undefined,
          has.pattern
            ? or(
                ilike(workOrders.number, sql.placeholder('pattern')),
                ilike(workOrders.title, sql.placeholder('pattern')),
                ilike(workOrders.siteAddress, sql.placeholder('pattern')),
              )
            : undefined,
          has.beforeSeq ? lt(workOrders.seq, sql.placeholder('beforeSeq')) : undefined,
        ),
      )
      .orderBy(desc(workOrders.seq))
      .limit(sql.placeholder('limit'))
      .prepare('work_orders_page'),
);

export function listWorkOrders(
  tx: TenantTx,
  scope: Visibility,
  filters: { status?: WorkOrderStatus; region?: string; q?: string },
  page: { limit: number; beforeSeq?: number },
): Promise<WorkOrderRow[]> {
  return workOrderPages.run(tx, {
    userRegion: regionLimit(scope.user),
    driverSub: scope.driverSub,
    status: filters.status,
    region: filters.region,
    pattern: filters.q === undefined ? undefined : `%${escapeLike(filters.q)}%`,
    beforeSeq: page.beforeSeq,
    limit: page.limit,
  });
}

// One statement per lock mode, each built once per combination of scope.
const byIdStatements = (lock: 'update' | 'share' | undefined) =>
  tenantStatementsByShape(['userRegion', 'driverSub'], (has) => {
    const query = statementBuilder
      .select()
      .from(workOrders)
      .where(
        and(
          eq(workOrders.id, sql.placeholder('id')),
          has.userRegion ? eq(workOrders.region, sql.placeholder('userRegion')) : undefined,
          has.driverSub ? visibleToDriverFilter(workOrders.id, sql.placeholder('driverSub')) : undefined,
        ),
      )
      .limit(1);
    return (lock ? query.for(lock) : query).prepare('work_order_by_id');
  });
const workOrderById = {
  none: byIdStatements(undefined),
  update: byIdStatements('update'),
  share: byIdStatements('share'),
};

export async function findWorkOrder(
  tx: TenantTx,
  scope: Visibility,
  id: string,
  lock?: 'update' | 'share',
): Promise<WorkOrderRow | undefined> {
  const [row] = await workOrderById[lock ?? 'none'].run(tx, {
    id,
    userRegion: regionLimit(scope.user),
    driverSub: scope.driverSub,
  });
  return row;
}

/**
 * The completion rule (no user visibility; RLS still applies): moves the work order to `completed` when its status
 * is one of `from` and it has no request queued and no assignment under way (dispatch's condition,
 * `noDispatchWorkLeftFilter`), in one statement. The row is locked only when its status qualifies, and a
 * qualifying row is checked again once locked, as Postgres does for a locked row that changed. Built once.
 */
const completeWhenIdleStatement = (() => {
  const locked = statementBuilder.$with('locked').as(
    statementBuilder
      .select({ id: workOrders.id, status: workOrders.status, updatedAt: workOrders.updatedAt })
      .from(workOrders)
      .where(
        and(
          eq(workOrders.id, sql.placeholder('id')),
          sql`${workOrders.status} = ANY(${sql.placeholder('from')}::text[])`,
          noDispatchWorkLeftFilter(workOrders.id),
        ),
      )
      .for('update'),
  );
  return tenantStatement(
    statementBuilder
      .with(locked)
      .update(workOrders)
      .set({ status: 'completed', updatedAt: sql`now()` })
      .from(locked)
      .where(eq(workOrders.id, locked.id))
      .returning({
        ...getTableColumns(workOrders),
        previousStatus: locked.status,
        previousUpdatedAt: locked.updatedAt,
      })
      .prepare('work_order_complete_when_idle'),
  );
})();

/** Answers the row before and after, or undefined when nothing moved. */
export async function completeWhenIdle(
  tx: TenantTx,
  id: string,
  from: readonly WorkOrderStatus[],
): Promise<{ before: WorkOrderRow; after: WorkOrderRow } | undefined> {
  const [row] = await completeWhenIdleStatement.run(tx, { id, from: [...from] });
  if (!row) return undefined;
  const { previousStatus, previousUpdatedAt, ...after } = row;
  return { before: { ...after, status: previousStatus, updatedAt: previousUpdatedAt }, after };
}

/**
 * The work order a dispatch request names, as SQL to compose into dispatch's statement (built once per shape):
 * what dispatch needs of it, visible to the user (the region placeholder `userRegion` when `regionLimited`),
 * locked FOR SHARE so it cannot close while the request is made. Its id is the placeholder `workOrderId`.
 * Dispatch is handed it at start (`WorkOrderLookup`).
 */
export const workOrderToDispatch: WorkOrderLookup['toDispatch'] = ({ regionLimited }) =>
  statementBuilder
    .select({
      id: workOrders.id,
      number: workOrders.number,
      status: workOrders.status,
      region: workOrders.region,
    })
    .from(workOrders)
    .where(
      and(
        eq(workOrders.id, sql.placeholder('workOrderId')),
        regionLimited ? eq(workOrders.region, sql.placeholder('userRegion')) : undefined,
      ),
    )
    .limit(1)
    .for('share')
    .getSQL();

/**
 * The work order an assignment belongs to, locked against every change of its dispatch work, as SQL to compose
 * into the statement that ends an assignment: FOR NO KEY UPDATE conflicts with itself and with the FOR SHARE a
 * new request holds (`workOrderToDispatch`), not with the key-share locks of foreign keys. Held to COMMIT, it makes
 * the completion rule's check (a later statement, so a later snapshot) see every ending and every request that
 * committed before: two last assignments ending at once cannot each see the other still active. Dispatch is
 * handed it at start (`WorkOrderLookup`).
 */
export const workOrderLockedForCompletion: WorkOrderLookup['lockedForCompletion'] = (workOrderId) =>
  statementBuilder
    .select({ id: workOrders.id })
    .from(workOrders)
    .where(eq(workOrders.id, workOrderId))
    .for('no key update')
    .getSQL();

/** What a new work order is given; its number comes from the tenant's counter as it is inserted. */
export type NewWorkOrder = Omit<
  typeof workOrders.$inferInsert,
  'tenantId' | 'seq' | 'number' | 'createdAt' | 'updatedAt'
>;

const NEW_WORK_ORDER_FIELDS = [
  'id',
  'title',
  'siteAddress',
  'latitude',
  'longitude',
  'region',
  'windowStart',
  'windowEnd',
  'notes',
  'status',
  'createdBySub',
  'createdByName',
] as const satisfies readonly (keyof NewWorkOrder)[];

/**
 * The tenant's next number and the work order that carries it, in one statement (one round trip). The counter
 * row's update keeps it locked until COMMIT, so numbers never repeat or skip. The number is `WO-` and the counter
 * zero-padded to six digits, longer once it outgrows them (lpad alone would cut it). No row when the counter row
 * is missing. Built once.
 */
const numberAndInsertStatement = tenantSqlStatement(sql`
    WITH counter AS (
      UPDATE ${tenantCounters} SET value = value + 1 WHERE name = 'work_order' RETURNING value)
    INSERT INTO ${workOrders} (seq, number, ${columnList(NEW_WORK_ORDER_FIELDS)})
    SELECT counter.value, 'WO-' || lpad(counter.value::text, greatest(6, length(counter.value::text)), '0'),
           ${typedPlaceholders(workOrders, NEW_WORK_ORDER_FIELDS)}
      FROM counter
    RETURNING ${labelled('work_orders', workOrders, 'workOrder')}`);

/** The counter row the tenant template seeds; created at 0 when missing (a concurrent creation is no error). */
const seedCounterStatement = tenantSqlStatement(
  sql`INSERT INTO ${tenantCounters} (name, value) VALUES ('work_order', 0) ON CONFLICT DO NOTHING`,
);

/** Inserts the work order with the tenant's next number. */
export async function insertNumberedWorkOrder(tx: TenantTx, values: NewWorkOrder): Promise<WorkOrderRow> {
  let [raw] = await numberAndInsertStatement.run(tx, values);
  if (!raw) {
    await seedCounterStatement.run(tx);
    [raw] = await numberAndInsertStatement.run(tx, values);
  }
  return rowOf<WorkOrderRow>(raw!, workOrders, 'workOrder');
}

export async function updateWorkOrder(
  tx: TenantTx,
  id: string,
  values: Partial<Omit<WorkOrderRow, 'tenantId' | 'id' | 'seq' | 'number' | 'createdAt'>>,
): Promise<WorkOrderRow> {
  const [row] = await tx.db
    .update(workOrders)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(workOrders.id, id))
    .returning();
  return row!;
}
