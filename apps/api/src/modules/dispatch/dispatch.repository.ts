import { and, asc, desc, eq, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { TenantTx } from '@dispatch/db';
import type { TenantUser } from '../../auth/tenant-user';
import { regionCondition } from '../../auth/region-scope';
import { equipment } from '../equipment';
import { driverQualifications, drivers } from '../drivers';
import {
  ACTIVE_STATUSES,
  assignments,
  dispatchRequests,
  idempotencyKeys,
  type AssignmentRow,
  type AssignmentStatus,
  type DispatchRequestRow,
  type Priority,
  type RequestStatus,
} from './dispatch.tables';

/** Who sees what: the region rule on the work order's region (requests) or either end (assignments). */
export interface DispatchScope {
  user: TenantUser;
  /** Set for drivers: only their own assignments. */
  driverId?: string | null;
}

const requestVisible = (scope: DispatchScope) =>
  regionCondition(scope.user, dispatchRequests.workOrderRegion);
const assignmentVisible = (scope: DispatchScope): SQL | undefined =>
  and(
    scope.user.region === undefined
      ? undefined
      : or(
          regionCondition(scope.user, assignments.region),
          regionCondition(scope.user, assignments.equipmentRegion),
        ),
    scope.driverId === undefined
      ? undefined
      : scope.driverId === null
        ? sql`false`
        : eq(assignments.driverId, scope.driverId),
  );

// ---- Idempotency keys -------------------------------------------------------------------------------

/**
 * Claims a key for this transaction. A concurrent claim of the same key waits on the unique index until the
 * first transaction ends, then sees its row: so the same key is never processed twice at once.
 */
export async function claimIdempotencyKey(
  tx: TenantTx,
  scope: string,
  key: string,
  requestHash: string,
): Promise<boolean> {
  const rows = await tx.db
    .insert(idempotencyKeys)
    .values({ scope, key, requestHash })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  return rows.length === 1;
}

export async function findIdempotencyKey(tx: TenantTx, scope: string, key: string) {
  const [row] = await tx.db
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key)))
    .limit(1);
  return row;
}

export async function storeIdempotentResponse(
  tx: TenantTx,
  scope: string,
  key: string,
  code: number,
  body: unknown,
) {
  await tx.db
    .update(idempotencyKeys)
    .set({ responseCode: code, responseBody: body })
    .where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key)));
}

export async function deleteIdempotencyKeysBefore(tx: TenantTx, before: Date): Promise<void> {
  await tx.db.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, before));
}

// ---- Candidates ---------------------------------------------------------------------------------------

export interface Candidate {
  equipmentId: string;
  equipmentIdentifier: string;
  equipmentRegion: string;
  equipmentIdleSince: Date;
  driverId: string;
  driverName: string;
  driverIdleSince: Date;
}

const qualifiedFreeDriver = (typeRef: SQL, regionRef: SQL) => sql`
  EXISTS (SELECT 1 FROM drivers d JOIN driver_qualifications q ON q.driver_id = d.id
           WHERE d.region = ${regionRef} AND d.shift_status = 'on_shift' AND d.active_assignment_id IS NULL
             AND q.equipment_type_id = ${typeRef} AND (q.expires_at IS NULL OR q.expires_at > now()))`;

/** Regions where a unit of this type could be dispatched right now (no locks: a hint for the queue scan). */
export async function capacityRegions(tx: TenantTx, typeId: string): Promise<string[]> {
  const result = await tx.db.execute<{ region: string }>(sql`
    SELECT DISTINCT e.region FROM equipment e
     WHERE e.type_id = ${typeId} AND e.status = 'available'
       AND ${qualifiedFreeDriver(sql`e.type_id`, sql`e.region`)}`);
  return result.rows.map((row) => row.region);
}

/**
 * The rule (docs/dispatch.md): available equipment of the type (in the request's region when it names one)
 * with an on-shift driver of the same region who holds a current qualification and has no active
 * assignment; the unit idle longest first, then the driver idle longest, ids breaking ties.
 * Both rows are locked; rows another transaction holds are skipped (SKIP LOCKED) rather than waited for, and
 * a row changed meanwhile is re-checked against the whole condition before it is locked.
 */
export async function lockCandidate(
  tx: TenantTx,
  typeId: string,
  region: string | null,
): Promise<Candidate | undefined> {
  const result = await tx.db.execute<{
    equipment_id: string;
    identifier: string;
    region: string;
    equipment_idle_since: Date;
    driver_id: string;
    driver_name: string;
    driver_idle_since: Date;
  }>(sql`
    SELECT e.id AS equipment_id, e.identifier, e.region, e.idle_since AS equipment_idle_since,
           d.id AS driver_id, d.name AS driver_name, d.idle_since AS driver_idle_since
      FROM equipment e
      JOIN drivers d ON d.region = e.region
      JOIN driver_qualifications q ON q.driver_id = d.id AND q.equipment_type_id = e.type_id
     WHERE e.type_id = ${typeId} AND e.status = 'available'
       AND (${region}::text IS NULL OR e.region = ${region}::text)
       AND d.shift_status = 'on_shift' AND d.active_assignment_id IS NULL
       AND (q.expires_at IS NULL OR q.expires_at > now())
     ORDER BY e.idle_since, e.id, d.idle_since, d.id
     LIMIT 1
     FOR UPDATE OF e, d SKIP LOCKED`);
  const row = result.rows[0];
  return (
    row && {
      equipmentId: row.equipment_id,
      equipmentIdentifier: row.identifier,
      equipmentRegion: row.region,
      equipmentIdleSince: new Date(row.equipment_idle_since),
      driverId: row.driver_id,
      driverName: row.driver_name,
      driverIdleSince: new Date(row.driver_idle_since),
    }
  );
}

export interface EquipmentDiagnostic {
  id: string;
  identifier: string;
  region: string;
  status: string;
  maintenanceRequested: boolean;
  idleSince: Date;
  hasFreeDriver: boolean;
}

/**
 * What the decision record lists, in one round trip: units of the type in rule order (with whether a free,
 * qualified, on-shift driver is in their region) and drivers holding a qualification for it, current or not.
 */
export async function decisionDiagnostics(tx: TenantTx, typeId: string, limit: number) {
  const result = await tx.db.execute<{
    units: RawUnit[] | null;
    crew: RawDriver[] | null;
    units_total: number;
    crew_total: number;
  }>(sql`
    SELECT
      (SELECT json_agg(u) FROM (
         SELECT e.id, e.identifier, e.region, e.status, e.maintenance_requested, e.idle_since,
                ${qualifiedFreeDriver(sql`e.type_id`, sql`e.region`)} AS has_free_driver
           FROM equipment e WHERE e.type_id = ${typeId} AND e.status <> 'retired'
          ORDER BY (e.status = 'available') DESC, e.idle_since, e.id LIMIT ${limit}) u) AS units,
      (SELECT count(*) FROM equipment e WHERE e.type_id = ${typeId} AND e.status <> 'retired')::int AS units_total,
      (SELECT json_agg(c) FROM (
         SELECT d.id, d.name, d.region, d.shift_status, d.active_assignment_id, d.idle_since, q.expires_at,
                (q.expires_at IS NULL OR q.expires_at > now()) AS current,
                EXISTS (SELECT 1 FROM equipment e WHERE e.type_id = q.equipment_type_id AND e.region = d.region
                          AND e.status = 'available') AS available_equipment
           FROM drivers d JOIN driver_qualifications q ON q.driver_id = d.id
          WHERE q.equipment_type_id = ${typeId}
          ORDER BY (d.shift_status = 'on_shift' AND d.active_assignment_id IS NULL) DESC, d.idle_since, d.id
          LIMIT ${limit}) c) AS crew,
      (SELECT count(*) FROM driver_qualifications q WHERE q.equipment_type_id = ${typeId})::int AS crew_total`);
  const row = result.rows[0];
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

// ---- Requests -------------------------------------------------------------------------------------------

export async function insertRequest(
  tx: TenantTx,
  values: {
    id: string;
    workOrderId: string;
    workOrderNumber: string;
    workOrderRegion: string;
    equipmentTypeId: string;
    priority: Priority;
    region: string | null;
    status: 'queued' | 'dispatched';
    requestedBySub: string;
    requestedByName: string | null;
  },
): Promise<DispatchRequestRow> {
  const [row] = await tx.db
    .insert(dispatchRequests)
    .values({
      ...values,
      wasQueued: values.status === 'queued',
      dispatchedAt: values.status === 'dispatched' ? sql`clock_timestamp()` : null,
    })
    .returning();
  return row!;
}

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

/** Locks a request to serve it, skipping it if another transaction holds it. `undefined` = no such request. */
export async function lockRequestToServe(
  tx: TenantTx,
  id: string,
): Promise<{ row: DispatchRequestRow } | { locked: true } | undefined> {
  const [row] = await tx.db
    .select()
    .from(dispatchRequests)
    .where(eq(dispatchRequests.id, id))
    .limit(1)
    .for('update', { skipLocked: true });
  if (row) return { row };
  const [exists] = await tx.db
    .select({ id: dispatchRequests.id })
    .from(dispatchRequests)
    .where(eq(dispatchRequests.id, id));
  return exists ? { locked: true } : undefined;
}

/** Transition checked in SQL: only a queued request becomes dispatched or cancelled. */
export async function moveQueuedRequest(
  tx: TenantTx,
  id: string,
  to: Exclude<RequestStatus, 'queued'>,
  scope?: DispatchScope,
): Promise<DispatchRequestRow | undefined> {
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

/** For a request just queued: its place, and whether capacity for its type exists that others held just now. */
export async function queuedPlace(
  tx: TenantTx,
  request: Pick<DispatchRequestRow, 'equipmentTypeId' | 'priority' | 'queueSeq'>,
) {
  const rank = request.priority === 'urgent' ? 0 : 1;
  const result = await tx.db.execute<{ ahead: number; capacity: boolean }>(sql`
    SELECT (SELECT count(*) FROM dispatch_requests r
             WHERE r.equipment_type_id = ${request.equipmentTypeId} AND r.status = 'queued'
               AND (r.priority_rank, r.queue_seq) < (${rank}, ${request.queueSeq}))::int AS ahead,
           EXISTS (SELECT 1 FROM equipment e WHERE e.type_id = ${request.equipmentTypeId} AND e.status = 'available'
                     AND ${qualifiedFreeDriver(sql`e.type_id`, sql`e.region`)}) AS capacity`);
  const row = result.rows[0];
  return { position: (row?.ahead ?? 0) + 1, capacity: row?.capacity ?? false };
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
        filters.status === undefined ? undefined : eq(dispatchRequests.status, filters.status),
        filters.typeId === undefined ? undefined : eq(dispatchRequests.equipmentTypeId, filters.typeId),
        filters.workOrderId === undefined ? undefined : eq(dispatchRequests.workOrderId, filters.workOrderId),
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
        and(
          eq(dispatchRequests.status, 'queued'),
          typeId === undefined ? undefined : eq(dispatchRequests.equipmentTypeId, typeId),
        ),
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

export async function queueDepths(tx: TenantTx, user: TenantUser, typeId?: string) {
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
        typeId === undefined ? undefined : eq(dispatchRequests.equipmentTypeId, typeId),
        regionCondition(user, dispatchRequests.workOrderRegion),
      ),
    )
    .groupBy(dispatchRequests.equipmentTypeId, dispatchRequests.priority);
}

/** Mean dispatched → completed time of the type's most recent completions, and its units in service. */
export async function turnoverStats(tx: TenantTx, typeIds: string[]) {
  if (typeIds.length === 0) return [];
  const result = await tx.db.execute<{ type_id: string; avg_seconds: number | null; units: number }>(sql`
    SELECT t.id AS type_id,
           (SELECT avg(extract(epoch FROM a.completed_at - a.dispatched_at))::float8 FROM (
              SELECT completed_at, dispatched_at FROM assignments
               WHERE equipment_type_id = t.id AND status = 'completed'
               ORDER BY completed_at DESC LIMIT 20) a) AS avg_seconds,
           (SELECT count(*) FROM equipment e WHERE e.type_id = t.id AND e.status IN ('available', 'dispatched'))::int AS units
      FROM equipment_types t WHERE t.id IN (${sql.join(
        typeIds.map((id) => sql`${id}`),
        sql`, `,
      )})`);
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

// ---- Assignments ----------------------------------------------------------------------------------------

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

/**
 * Takes the unit (only from `available`) and the driver (only if free) and records the assignment, in one
 * statement. Undefined: one of them was taken meanwhile (the caller aborts; the half done is rolled back).
 */
export async function takeAndAssign(tx: TenantTx, values: NewAssignment): Promise<AssignmentRow | undefined> {
  const result = await tx.db.execute<{ dispatched_at: Date; updated_at: Date; tenant_id: string }>(sql`
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
    RETURNING tenant_id, dispatched_at, updated_at`);
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
        filters.driverId === undefined ? undefined : eq(assignments.driverId, filters.driverId),
        filters.workOrderId === undefined ? undefined : eq(assignments.workOrderId, filters.workOrderId),
        filters.equipmentId === undefined ? undefined : eq(assignments.equipmentId, filters.equipmentId),
        page.beforeId === undefined ? undefined : lt(assignments.id, page.beforeId),
      ),
    )
    .orderBy(desc(assignments.id))
    .limit(page.limit);
}
