import { and, eq, sql } from 'drizzle-orm';
import { tenantSqlStatement, type TenantTx } from '@dispatch/db';
import { equipment } from './equipment.table';
import { driverQualifications, drivers } from './drivers.table';
import { currentQualification } from './fleet.rules';

const takeStatement = tenantSqlStatement<{ taken: boolean }>(sql`
    WITH taken_unit AS (
      UPDATE ${equipment} SET status = 'dispatched', updated_at = now()
       WHERE ${equipment.id} = ${sql.placeholder('equipmentId')} AND ${equipment.status} = 'available' RETURNING 1),
    taken_driver AS (
      UPDATE ${drivers} SET active_assignment_id = ${sql.placeholder('assignmentId')}, updated_at = now()
       WHERE ${drivers.id} = ${sql.placeholder('driverId')} AND ${drivers.activeAssignmentId} IS NULL RETURNING 1)
    SELECT EXISTS (SELECT 1 FROM taken_unit) AND EXISTS (SELECT 1 FROM taken_driver) AS taken`);

/**
 * Takes the unit (only from `available`) and the driver (only if free) for an assignment, in one statement.
 * False: one of them was taken meanwhile (the caller aborts; the half done is rolled back with it).
 */
export async function takeUnitAndDriver(
  tx: TenantTx,
  take: { equipmentId: string; driverId: string; assignmentId: string },
): Promise<boolean> {
  const [row] = await takeStatement.run(tx, take);
  return row?.taken ?? false;
}

/** Back to `available`, or to `maintenance` when it was marked for it; the idle clock restarts. */
export async function freeUnit(tx: TenantTx, id: string) {
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

/** The types a driver holds a current qualification for (the types their freed capacity can serve). */
export async function currentlyQualifiedTypes(tx: TenantTx, driverId: string): Promise<string[]> {
  const rows = await tx.db
    .select({ typeId: driverQualifications.equipmentTypeId })
    .from(driverQualifications)
    .where(
      and(eq(driverQualifications.driverId, driverId), currentQualification(driverQualifications.expiresAt)),
    );
  return rows.map((row) => row.typeId);
}
