import { and, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { TenantTx } from '@dispatch/db';
import { ACTIVE_STATUSES, assignments, type AssignmentRow, type AssignmentStatus } from './dispatch.tables';

import { assignmentVisible, type DispatchScope } from './dispatch.scope';
import { eqWhenGiven } from '#src/kernel/filters';
import { RetryableConflict } from '#src/kernel/retry';

export type NewAssignment = Omit<
  AssignmentRow,
  | 'tenantId'
  | 'note'
  | 'dispatchedAt'
  | 'enRouteAt'
  | 'onSiteAt'
  | 'completedAt'
  | 'cancelledAt'
  | 'updatedAt'
>;

/** The partial unique indexes that allow one active assignment per unit and per driver. */
const ACTIVE_ASSIGNMENT_KEYS = new Set(['assignments_active_equipment_key', 'assignments_active_driver_key']);

/**
 * Records the assignment of a unit and a driver the fleet has just taken for it. A concurrent transaction
 * that got an active assignment for either first (the invariant indexes refuse) is a RetryableConflict.
 */
export async function insertAssignment(tx: TenantTx, values: NewAssignment): Promise<AssignmentRow> {
  try {
    const [row] = await tx.db.insert(assignments).values(values).returning();
    return row!;
  } catch (error) {
    const constraint = (error as { constraint?: string } | null)?.constraint;
    if (constraint && ACTIVE_ASSIGNMENT_KEYS.has(constraint))
      throw new RetryableConflict('the unit or the driver was taken by a concurrent transaction', {
        cause: error,
      });
    throw error;
  }
}

const TIMESTAMP_OF: Record<Exclude<AssignmentStatus, 'dispatched'>, keyof AssignmentRow> = {
  en_route: 'enRouteAt',
  on_site: 'onSiteAt',
  completed: 'completedAt',
  cancelled: 'cancelledAt',
};

/** The lifecycle step, checked in SQL: the row changes only if its current status allows it. */
export async function transitionAssignment(
  tx: TenantTx,
  scope: DispatchScope,
  id: string,
  to: Exclude<AssignmentStatus, 'dispatched'>,
  from: readonly AssignmentStatus[],
  note: string | undefined,
): Promise<AssignmentRow | undefined> {
  const [row] = await tx.db
    .update(assignments)
    .set({
      status: to,
      [TIMESTAMP_OF[to]]: sql`clock_timestamp()`,
      ...(note === undefined ? {} : { note }),
      updatedAt: sql`now()`,
    })
    .where(and(eq(assignments.id, id), inArray(assignments.status, [...from]), assignmentVisible(scope)))
    .returning();
  return row;
}

export async function findAssignment(
  tx: TenantTx,
  scope: DispatchScope,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<AssignmentRow | undefined> {
  const query = tx.db
    .select()
    .from(assignments)
    .where(and(eq(assignments.id, id), assignmentVisible(scope)))
    .limit(1);
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export async function findAssignmentByRequest(
  tx: TenantTx,
  requestId: string,
): Promise<AssignmentRow | undefined> {
  const [row] = await tx.db.select().from(assignments).where(eq(assignments.requestId, requestId)).limit(1);
  return row;
}

export async function listAssignments(
  tx: TenantTx,
  scope: DispatchScope,
  filters: {
    status?: AssignmentStatus | 'active';
    driverId?: string;
    workOrderId?: string;
    equipmentId?: string;
  },
  page: { limit: number; beforeId?: string },
): Promise<AssignmentRow[]> {
  return tx.db
    .select()
    .from(assignments)
    .where(
      and(
        assignmentVisible(scope),
        filters.status === undefined
          ? undefined
          : filters.status === 'active'
            ? inArray(assignments.status, [...ACTIVE_STATUSES])
            : eq(assignments.status, filters.status),
        eqWhenGiven(assignments.driverId, filters.driverId),
        eqWhenGiven(assignments.workOrderId, filters.workOrderId),
        eqWhenGiven(assignments.equipmentId, filters.equipmentId),
        page.beforeId === undefined ? undefined : lt(assignments.id, page.beforeId),
      ),
    )
    .orderBy(desc(assignments.id))
    .limit(page.limit);
}

/** Assignments still under way (the active_dispatches gauge is repaired from this). */
export async function countActiveAssignments(tx: TenantTx): Promise<number> {
  const [row] = await tx.db
    .select({ count: sql<number>`count(*)::int` })
    .from(assignments)
    .where(inArray(assignments.status, [...ACTIVE_STATUSES]));
  return row?.count ?? 0;
}
