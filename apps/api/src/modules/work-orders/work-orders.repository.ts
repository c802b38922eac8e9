import { and, desc, eq, ilike, lt, or, sql } from 'drizzle-orm';
import type { TenantTx } from '@dispatch/db';
import type { TenantUser } from '#src/auth/tenant-user';
import { regionCondition } from '#src/auth/region-scope';
import { eqWhenGiven } from '#src/kernel/filters';
import { visibleToDriverFilter, type WorkOrderLookup } from '#src/modules/dispatch/index';
import { tenantCounters, workOrders, type WorkOrderRow, type WorkOrderStatus } from './work-orders.table';

export interface Visibility {
  user: TenantUser;
  /** Only work orders this driver (by IdP sub) has an assignment on. */
  driverSub?: string;
}

const visible = (scope: Visibility) =>
  and(
    regionCondition(scope.user, workOrders.region),
    // A driver sees a work order only through an assignment of theirs (dispatch owns assignments).
    scope.driverSub === undefined ? undefined : visibleToDriverFilter(workOrders.id, scope.driverSub),
  );

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

export async function listWorkOrders(
  tx: TenantTx,
  scope: Visibility,
  filters: { status?: WorkOrderStatus; region?: string; q?: string },
  page: { limit: number; beforeSeq?: number },
): Promise<WorkOrderRow[]> {
  const pattern = filters.q === undefined ? undefined : `%${escapeLike(filters.q)}%`;
  return tx.db
    .select()
    .from(workOrders)
    .where(
      and(
        visible(scope),
        eqWhenGiven(workOrders.status, filters.status),
        eqWhenGiven(workOrders.region, filters.region),
        pattern === undefined
          ? undefined
          : or(
              ilike(workOrders.number, pattern),
              ilike(workOrders.title, pattern),
              ilike(workOrders.siteAddress, pattern),
            ),
        page.beforeSeq === undefined ? undefined : lt(workOrders.seq, page.beforeSeq),
      ),
    )
    .orderBy(desc(workOrders.seq))
    .limit(page.limit);
}

export async function findWorkOrder(
  tx: TenantTx,
  scope: Visibility,
  id: string,
  lock?: 'update' | 'share',
): Promise<WorkOrderRow | undefined> {
  const query = tx.db
    .select()
    .from(workOrders)
    .where(and(eq(workOrders.id, id), visible(scope)))
    .limit(1);
  const [row] = lock ? await query.for(lock) : await query;
  return row;
}

/** A work order by id for a rule the system applies (no user visibility; RLS still applies), locked FOR UPDATE. */
export async function lockWorkOrder(tx: TenantTx, id: string): Promise<WorkOrderRow | undefined> {
  const [row] = await tx.db.select().from(workOrders).where(eq(workOrders.id, id)).limit(1).for('update');
  return row;
}

/**
 * The work order a dispatch request names, as a statement to compose (not run): what dispatch needs of it,
 * visible to the user, locked FOR SHARE so it cannot close while the request is made. Dispatch is handed it
 * at start (`WorkOrderLookup`).
 */
export const workOrderToDispatch: WorkOrderLookup['toDispatch'] = (tx, user, id) =>
  tx.db
    .select({
      id: workOrders.id,
      number: workOrders.number,
      status: workOrders.status,
      region: workOrders.region,
    })
    .from(workOrders)
    .where(and(eq(workOrders.id, id), visible({ user })))
    .limit(1)
    .for('share')
    .getSQL();

/** The tenant's next work order number: the counter row stays locked until COMMIT, so numbers never repeat. */
export async function takeWorkOrderNumber(tx: TenantTx): Promise<number> {
  const [row] = await tx.db
    .update(tenantCounters)
    .set({ value: sql`${tenantCounters.value} + 1` })
    .where(eq(tenantCounters.name, 'work_order'))
    .returning({ value: tenantCounters.value });
  if (row) return row.value;
  // A schema created without the seeded row: create it (ON CONFLICT covers a concurrent first number).
  const [inserted] = await tx.db
    .insert(tenantCounters)
    .values({ name: 'work_order', value: 1 })
    .onConflictDoUpdate({
      target: [tenantCounters.tenantId, tenantCounters.name],
      set: { value: sql`${tenantCounters.value} + 1` },
    })
    .returning({ value: tenantCounters.value });
  return inserted!.value;
}

export async function insertWorkOrder(
  tx: TenantTx,
  values: typeof workOrders.$inferInsert,
): Promise<WorkOrderRow> {
  const [row] = await tx.db.insert(workOrders).values(values).returning();
  return row!;
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
