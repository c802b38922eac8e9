import { sql, type SQL } from 'drizzle-orm';
import { equipment } from './equipment.table';
import { driverQualifications, drivers } from './drivers.table';
import { currentQualification } from './fleet.rules';

/**
 * Taking a unit (only from `available`) and a driver (only if free) for an assignment, as SQL for dispatch to
 * compose into the statement that records the assignment: `ctes` (`taken_unit`, `taken_driver`) and `taken`,
 * true when both were taken. When one of them was taken meanwhile, the caller aborts and the half done is rolled
 * back with it. The three values are expressions of the caller's statement (placeholders, or a pick's columns).
 */
export const takeUnitAndDriver = (refs: { equipmentId: SQL; driverId: SQL; assignmentId: SQL }) => ({
  ctes: sql`taken_unit AS (
      UPDATE ${equipment} SET status = 'dispatched', updated_at = now()
       WHERE ${equipment.id} = ${refs.equipmentId} AND ${equipment.status} = 'available' RETURNING 1),
    taken_driver AS (
      UPDATE ${drivers} SET active_assignment_id = ${refs.assignmentId}, updated_at = now()
       WHERE ${drivers.id} = ${refs.driverId} AND ${drivers.activeAssignmentId} IS NULL RETURNING 1)`,
  taken: sql`EXISTS (SELECT 1 FROM taken_unit) AND EXISTS (SELECT 1 FROM taken_driver)`,
});

/** The take with placeholders `equipmentId`, `driverId` and `assignmentId`. */
export const takeUnitAndDriverSql = takeUnitAndDriver({
  equipmentId: sql`${sql.placeholder('equipmentId')}`,
  driverId: sql`${sql.placeholder('driverId')}`,
  assignmentId: sql`${sql.placeholder('assignmentId')}`,
});

export type RawReleased = {
  unit: { id: string; status: string; idle_since: string; region: string; type_id: string } | null;
  driver: { id: string; idle_since: string; region: string; shift_status: string } | null;
  qualified_type_ids: string[];
};

/**
 * Freeing an ended assignment's unit (only from `dispatched`) and driver (only if still on this assignment), as
 * SQL for dispatch to compose into the statement that ends the assignment: `ctes` (`freed_unit`, `freed_driver`)
 * and `columns` (`unit`, `driver`, `qualified_type_ids`, read by `releasedOf`). The three values are expressions
 * of the caller's statement.
 */
export const releaseUnitAndDriver = (refs: { equipmentId: SQL; driverId: SQL; assignmentId: SQL }) => ({
  ctes: sql`freed_unit AS (
      UPDATE ${equipment}
         SET status = CASE WHEN maintenance_requested THEN 'maintenance' ELSE 'available' END,
             maintenance_requested = false, idle_since = clock_timestamp(), updated_at = now()
       WHERE ${equipment.id} = ${refs.equipmentId} AND ${equipment.status} = 'dispatched'
       RETURNING id, status, idle_since, region, type_id),
    freed_driver AS (
      UPDATE ${drivers} SET active_assignment_id = NULL, idle_since = clock_timestamp(), updated_at = now()
       WHERE ${drivers.id} = ${refs.driverId} AND ${drivers.activeAssignmentId} = ${refs.assignmentId}
       RETURNING id, idle_since, region, shift_status)`,
  columns: sql`(SELECT row_to_json(freed_unit) FROM freed_unit) AS unit,
           (SELECT row_to_json(freed_driver) FROM freed_driver) AS driver,
           ARRAY(SELECT ${driverQualifications.equipmentTypeId}
                   FROM ${driverQualifications} JOIN freed_driver ON ${driverQualifications.driverId} = freed_driver.id
                  WHERE ${currentQualification(driverQualifications.expiresAt)}) AS qualified_type_ids`,
});

export interface Released {
  /** The unit, back to `available` (or to `maintenance` when it was marked for it); its idle clock restarts. */
  unit?: { id: string; status: 'available' | 'maintenance'; idleSince: Date; region: string; typeId: string };
  /** The driver, free again, with the types they hold a current qualification for (what their capacity serves). */
  driver?: { id: string; idleSince: Date; region: string; shiftStatus: string; qualifiedTypeIds: string[] };
}

/** What the release freed, from its `columns`; either is absent when it was not in the state to be freed. */
export function releasedOf(row: RawReleased): Released {
  const { unit, driver } = row;
  return {
    unit: unit
      ? {
          id: unit.id,
          status: unit.status as 'available' | 'maintenance',
          idleSince: new Date(unit.idle_since),
          region: unit.region,
          typeId: unit.type_id,
        }
      : undefined,
    driver: driver
      ? {
          id: driver.id,
          idleSince: new Date(driver.idle_since),
          region: driver.region,
          shiftStatus: driver.shift_status,
          qualifiedTypeIds: row.qualified_type_ids,
        }
      : undefined,
  };
}
