import { and, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { TenantTx } from '@dispatch/db';
import { equipment } from '#src/modules/equipment/index';
import { driverQualifications, drivers } from '#src/modules/drivers/index';
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
 * Takes the unit (only from `available`) and the driver (only if free) and records the assignment, in one
 * statement. Undefined: one of them was taken meanwhile (the caller aborts; the half done is rolled back).
 * A concurrent transaction that took them first (the invariant indexes refuse) is a RetryableConflict.
 */
export async function takeAndAssign(tx: TenantTx, values: NewAssignment): Promise<AssignmentRow | undefined> {
  const result = await tx.db
    .execute<{ dispatched_at: Date; updated_at: Date; tenant_id: string }>(
      sql`
    WITH taken_unit AS (
      UPDATE ${equipment} SET status = 'dispatched', updated_at = now()
       WHERE ${equipment.id} = ${values.equipmentId} AND ${equipment.status} = 'available' RETURNING 1),
    taken_driver AS (
      UPDATE ${drivers} SET active_assignment_id = ${values.id}, updated_at = now()
       WHERE ${drivers.id} = ${values.driverId} AND ${drivers.activeAssignmentId} IS NULL RETURNING 1)
    INSERT INTO assignments (id, request_id, work_order_id, equipment_id, driver_id, equipment_type_id,
                             work_order_number, equipment_identifier, driver_name, region, equipment_region, status)
    SELECT ${values.id}, ${values.requestId}, ${values.workOrderId}, ${values.equipmentId}, ${values.driverId},
           ${values.equipmentTypeId}, ${values.workOrderNumber}, ${values.equipmentIdentifier}, ${values.driverName},
           ${values.region}, ${values.equipmentRegion}, ${values.status}
      FROM taken_unit, taken_driver
    RETURNING tenant_id, dispatched_at, updated_at`,
    )
    .catch((error: unknown) => {
      const constraint = (error as { constraint?: string } | null)?.constraint;
      if (constraint && ACTIVE_ASSIGNMENT_KEYS.has(constraint))
        throw new RetryableConflict('the unit or the driver was taken by a concurrent transaction', {
          cause: error,
        });
      throw error;
    });
  const row = result.rows[0];
  if (!row) return undefined;
  return {
    ...values,
    tenantId: row.tenant_id,
    note: null,
    dispatchedAt: new Date(row.dispatched_at),
    enRouteAt: null,
    onSiteAt: null,
    completedAt: null,
    cancelledAt: null,
    updatedAt: new Date(row.updated_at),
  };
}

/** Back to `available`, or to `maintenance` when it was marked for it; the idle clock restarts. */
export async function freeEquipment(tx: TenantTx, id: string) {
  const [row] = await tx.db
    .update(equipment)
    .set({
      status: sql`CASE WHEN ${equipment.maintenanceRequested} THEN 'maintenance' ELSE 'available' END`,
      maintenanceRequested: false,
      idleSince: new Date(),
      updatedAt: new Date(),
    })
    .where(and(eq(equipment.id, id), eq(equipment.status, 'dispatched')))
    .returning();
  return row;
}

export async function freeDriver(tx: TenantTx, id: string, assignmentId: string) {
  const [row] = await tx.db
    .update(drivers)
    .set({ activeAssignmentId: null, idleSince: new Date(), updatedAt: new Date() })
    .where(and(eq(drivers.id, id), eq(drivers.activeAssignmentId, assignmentId)))
    .returning();
  return row;
}

/** Current qualifications of a driver (the types their freed capacity can serve). */
export async function qualifiedTypes(tx: TenantTx, driverId: string): Promise<string[]> {
  const rows = await tx.db
    .select({ typeId: driverQualifications.equipmentTypeId })
    .from(driverQualifications)
    .where(
      and(
        eq(driverQualifications.driverId, driverId),
        sql`(${driverQualifications.expiresAt} IS NULL OR ${driverQualifications.expiresAt} > now())`,
      ),
    );
  return rows.map((row) => row.typeId);
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
