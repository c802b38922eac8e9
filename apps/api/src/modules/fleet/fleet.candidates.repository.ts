import { sql, type SQL } from 'drizzle-orm';
import { tenantSqlStatement, type TenantTx } from '@dispatch/db';
import { currentQualification, driverIsFree, freeQualifiedDriverExists } from './fleet.rules';

/** Choosing a unit and a driver (docs/dispatch.md "Choosing the unit and the driver"). */

export interface Candidate {
  equipmentId: string;
  equipmentIdentifier: string;
  equipmentRegion: string;
  equipmentIdleSince: Date;
  driverId: string;
  driverName: string;
  driverIdleSince: Date;
}

/**
 * Capacity for a type, as an expression to compose into another module's statement (dispatch asks it when a
 * request is queued): an available unit of the type with a free qualified driver in its region.
 */
export const capacityExistsFor = (typeRef: SQL): SQL => sql`EXISTS (SELECT 1 FROM equipment e
             WHERE e.type_id = ${typeRef} AND e.status = 'available'
               AND ${freeQualifiedDriverExists(sql`e.type_id`, sql`e.region`)})`;

/**
 * Regions where a unit of this type could be dispatched right now (no locks: a hint for the queue scan). The
 * free-driver probe runs once per region with an available unit, not once per unit.
 */
const capacityRegionsStatement = tenantSqlStatement<{ region: string }>(sql`
    SELECT r.region FROM (SELECT DISTINCT e.region FROM equipment e
                           WHERE e.type_id = ${sql.placeholder('typeId')} AND e.status = 'available') r
     WHERE ${freeQualifiedDriverExists(sql`${sql.placeholder('typeId')}::uuid`, sql`r.region`)}`);

export async function capacityRegions(tx: TenantTx, typeId: string): Promise<string[]> {
  const rows = await capacityRegionsStatement.run(tx, { typeId });
  return rows.map((row) => row.region);
}

/**
 * The rule (docs/dispatch.md): available equipment of the type (in the request's region when it names one)
 * with an on-shift driver of the same region who holds a current qualification and has no active
 * assignment; the unit idle longest first, then the driver idle longest, ids breaking ties.
 * Without building unit × driver pairs: units are walked in rule order and, for each, the lateral subquery takes
 * its region's best free qualified driver (an index scan in idle order that stops at the first); the first unit
 * that has one wins. Both rows are locked; rows another transaction holds are skipped (SKIP LOCKED) rather than
 * waited for, and a row changed meanwhile is re-checked against the whole condition before it is locked.
 * `diagnosticRows`: how many units and drivers the diagnostics list when nothing is chosen; with a candidate they
 * list none (the totals are counted either way).
 */
export async function chooseCandidate(
  tx: TenantTx,
  typeId: string,
  region: string | null,
  diagnosticRows: number,
): Promise<{ candidate: Candidate | undefined; diagnostics: Diagnostics }> {
  const [row] = await chooseStatement.run(tx, { typeId, region, limit: diagnosticRows });
  return { candidate: candidateOf(row?.chosen ?? null), diagnostics: diagnosticsOf(row) };
}

/** The candidate a pick's `chosen` column holds (`candidatePick`), or undefined when nothing was chosen. */
export function candidateOf(chosen: RawCandidate | null): Candidate | undefined {
  if (!chosen) return undefined;
  return {
    equipmentId: chosen.equipment_id,
    equipmentIdentifier: chosen.identifier,
    equipmentRegion: chosen.region,
    equipmentIdleSince: new Date(chosen.equipment_idle_since),
    driverId: chosen.driver_id,
    driverName: chosen.driver_name,
    driverIdleSince: new Date(chosen.driver_idle_since),
  };
}

export interface RawCandidate {
  equipment_id: string;
  identifier: string;
  region: string;
  equipment_idle_since: string;
  driver_id: string;
  driver_name: string;
  driver_idle_since: string;
}

export interface EquipmentDiagnostic {
  id: string;
  identifier: string;
  region: string;
  status: string;
  maintenanceRequested: boolean;
  idleSince: Date;
  /** For an available unit, whether a free qualified driver is in its region; false for the others (not asked). */
  hasFreeDriver: boolean;
}

/**
 * What the decision record lists (computed in the statement that chooses): units of the type in rule order (with,
 * for an available unit, whether a free, qualified, on-shift driver is in its region: the probe is what explains
 * an available unit passed over, and a waiting request's units are mostly busy) and drivers holding a
 * qualification for it, current or not. The lists are read only when `listed` holds (nothing was chosen: the
 * request waits, and the record says why); the totals always.
 */
const diagnosticColumns = (typeId: SQL, limit: SQL, listed: SQL) => sql`
      (SELECT json_agg(u) FROM (
         SELECT e.id, e.identifier, e.region, e.status, e.maintenance_requested, e.idle_since,
                CASE WHEN e.status = 'available'
                     THEN ${freeQualifiedDriverExists(sql`e.type_id`, sql`e.region`)} ELSE false END AS has_free_driver
           FROM equipment e WHERE ${listed} AND e.type_id = ${typeId} AND e.status <> 'retired'
          ORDER BY (e.status = 'available') DESC, e.idle_since, e.id LIMIT ${limit}) u) AS units,
      (SELECT count(*) FROM equipment e WHERE e.type_id = ${typeId} AND e.status <> 'retired')::int AS units_total,
      (SELECT json_agg(c) FROM (
         SELECT d.id, d.name, d.region, d.shift_status, d.active_assignment_id, d.idle_since, q.expires_at,
                ${currentQualification(sql`q.expires_at`)} AS current,
                EXISTS (SELECT 1 FROM equipment e WHERE e.type_id = q.equipment_type_id AND e.region = d.region
                          AND e.status = 'available') AS available_equipment
           FROM drivers d JOIN driver_qualifications q ON q.driver_id = d.id
          WHERE ${listed} AND q.equipment_type_id = ${typeId}
          ORDER BY (${driverIsFree(sql`d.shift_status`, sql`d.active_assignment_id`)}) DESC, d.idle_since, d.id
          LIMIT ${limit}) c) AS crew,
      (SELECT count(*) FROM driver_qualifications q WHERE q.equipment_type_id = ${typeId})::int AS crew_total`;

/**
 * The rule as SQL for a statement to compose (`typeId`, `region`: expressions of that statement): `cte` is a
 * CTE named `pick` holding at most one row, the unit and its driver, both locked (columns `equipment_id`,
 * `identifier`, `region`, `equipment_idle_since`, `driver_id`, `driver_name`, `driver_idle_since`); `chosen` is
 * that row as JSON (for `candidateOf`), `none` holds when nothing was picked, and `diagnostics` are the decision
 * record's columns (for `diagnosticsOf`), whose lists are read only when nothing was picked.
 */
export function candidatePick(typeId: SQL, region: SQL, diagnosticRows: SQL) {
  const none = sql`NOT EXISTS (SELECT 1 FROM pick)`;
  return {
    cte: sql`pick AS MATERIALIZED (
      SELECT e.id AS equipment_id, e.identifier, e.region, e.idle_since AS equipment_idle_since,
             d.id AS driver_id, d.name AS driver_name, d.idle_since AS driver_idle_since
        FROM equipment e
       CROSS JOIN LATERAL (
               SELECT d.id, d.name, d.idle_since FROM drivers d
                WHERE d.region = e.region AND ${driverIsFree(sql`d.shift_status`, sql`d.active_assignment_id`)}
                  AND EXISTS (SELECT 1 FROM driver_qualifications q
                               WHERE q.driver_id = d.id AND q.equipment_type_id = e.type_id
                                 AND ${currentQualification(sql`q.expires_at`)})
                ORDER BY d.idle_since, d.id
                LIMIT 1
                FOR UPDATE OF d SKIP LOCKED) d
       WHERE e.type_id = ${typeId} AND e.status = 'available'
         AND (${region}::text IS NULL OR e.region = ${region}::text)
       ORDER BY e.idle_since, e.id
       LIMIT 1
       FOR UPDATE OF e SKIP LOCKED)`,
    chosen: sql`(SELECT row_to_json(pick) FROM pick)`,
    none,
    diagnostics: diagnosticColumns(typeId, diagnosticRows, none),
  };
}

/**
 * Built once: the pick and the decision record's lists in one statement (values: typeId, region, limit), for
 * serving the queue; a new request composes `candidatePick` into the statement that records it. A unit chosen
 * at once needs no lists: the rule explains it (idle longest), and reading and recording 25 units and 25 drivers
 * with a verdict each cost a request dispatched at once about a tenth of its CPU (docs/benchmarks).
 */
const placeholderPick = candidatePick(
  sql`${sql.placeholder('typeId')}::uuid`,
  sql`${sql.placeholder('region')}`,
  sql`${sql.placeholder('limit')}`,
);
const chooseStatement = tenantSqlStatement<RawDiagnostics & { chosen: RawCandidate | null }>(sql`
    WITH ${placeholderPick.cte}
    SELECT ${placeholderPick.chosen} AS chosen, ${placeholderPick.diagnostics}`);

export type RawDiagnostics = {
  units: RawUnit[] | null;
  crew: RawDriver[] | null;
  units_total: number;
  crew_total: number;
};

export interface Diagnostics {
  equipment: { items: EquipmentDiagnostic[]; total: number };
  drivers: { items: DriverDiagnostic[]; total: number };
}

/** The decision record's lists and totals from the `diagnostics` columns of a pick. */
export function diagnosticsOf(row: RawDiagnostics | undefined): Diagnostics {
  const equipment: EquipmentDiagnostic[] = (row?.units ?? []).map((unit) => ({
    id: unit.id,
    identifier: unit.identifier,
    region: unit.region,
    status: unit.status,
    maintenanceRequested: unit.maintenance_requested,
    idleSince: new Date(unit.idle_since),
    hasFreeDriver: unit.has_free_driver,
  }));
  const crew: DriverDiagnostic[] = (row?.crew ?? []).map((driver) => ({
    id: driver.id,
    name: driver.name,
    region: driver.region,
    shiftStatus: driver.shift_status,
    activeAssignmentId: driver.active_assignment_id,
    idleSince: new Date(driver.idle_since),
    expiresAt: driver.expires_at === null ? null : new Date(driver.expires_at),
    current: driver.current,
    availableEquipmentInRegion: driver.available_equipment,
  }));
  return {
    equipment: { items: equipment, total: row?.units_total ?? 0 },
    drivers: { items: crew, total: row?.crew_total ?? 0 },
  };
}

export interface DriverDiagnostic {
  id: string;
  name: string;
  region: string;
  shiftStatus: string;
  activeAssignmentId: string | null;
  idleSince: Date;
  expiresAt: Date | null;
  current: boolean;
  availableEquipmentInRegion: boolean;
}

interface RawUnit {
  id: string;
  identifier: string;
  region: string;
  status: string;
  maintenance_requested: boolean;
  idle_since: string;
  has_free_driver: boolean;
}

interface RawDriver {
  id: string;
  name: string;
  region: string;
  shift_status: string;
  active_assignment_id: string | null;
  idle_since: string;
  expires_at: string | null;
  current: boolean;
  available_equipment: boolean;
}
