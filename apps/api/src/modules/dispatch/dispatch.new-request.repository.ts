import { sql, type SQL } from 'drizzle-orm';
import {
  columnList,
  labelled,
  rowOf,
  tenantSqlStatement,
  typedPlaceholders,
  type TenantTx,
} from '@dispatch/db';
import {
  candidateOf,
  candidatePick,
  capacityExistsFor,
  diagnosticsOf,
  equipmentTypeExists,
  takeUnitAndDriver,
  type Candidate,
  type Diagnostics,
  type RawCandidate,
  type RawDiagnostics,
} from '#src/modules/fleet/index';
import { RetryableConflict } from '#src/kernel/retry';
import { takenByConcurrentTransaction } from './dispatch.assignments.repository';
import { claimKey } from './dispatch.idempotency.repository';
import {
  assignments,
  dispatchRequests,
  type AssignmentRow,
  type DispatchRequestRow,
  type Priority,
} from './dispatch.tables';
import type { WorkOrderLookup } from './dispatch.work-orders.repository';

/**
 * A new request checked, decided and recorded in one statement (rules 1, 2 and 6). The Idempotency-Key is
 * claimed; the work order is read and locked FOR SHARE (it cannot be closed while a request for it is being
 * made) and the equipment type checked, both composed by their own modules. Only when the key was claimed, the
 * work order is open and the type exists is anything else written: the fleet's pick (`candidatePick`) chooses
 * a unit and a driver; the request is inserted as dispatched when it chose, else as queued; with a pick, the
 * fleet takes the unit and the driver and the assignment is inserted only when both were taken. The assignment's
 * insert reads the request's, so the request row exists before the assignment that refers to it. A queued
 * request also gets its place in line and whether capacity for its type exists that concurrent transactions
 * held just now; the subqueries read the statement's snapshot, from before the insert, so the new row never
 * counts itself. What the checks found comes back either way, so the caller answers a replay or a refusal
 * (and rolls back the claim with it).
 */

/** Work orders in these states take no new requests. */
export const CLOSED_WORK_ORDER_STATUSES: readonly string[] = ['completed', 'cancelled'];

/** What the request itself gives; its work order's number and region are read in the statement. */
export type NewRequest = {
  id: string;
  workOrderId: string;
  equipmentTypeId: string;
  priority: Priority;
  region: string | null;
  requestedBySub: string;
  requestedByName: string | null;
};

const GIVEN_FIELDS = [
  'id',
  'workOrderId',
  'equipmentTypeId',
  'priority',
  'region',
  'requestedBySub',
  'requestedByName',
] as const satisfies readonly (keyof NewRequest)[];

const value = (field: (typeof GIVEN_FIELDS)[number], type: string) =>
  sql`${sql.placeholder(`request.${field}`)}::${sql.raw(type)}`;
const givenTypeId = value('equipmentTypeId', 'uuid');
// The pick looks for units of the type only once the checks passed (`accepted`): a replay or a refusal locks none.
const pick = candidatePick(
  sql`(SELECT type_id FROM accepted)`,
  value('region', 'text'),
  sql`${sql.placeholder('diagnosticRows')}::int`,
);
// Nothing is taken unless the request was inserted.
const picked = (column: string) =>
  sql`(SELECT ${sql.identifier(column)} FROM pick WHERE EXISTS (SELECT 1 FROM new_request))`;
const take = takeUnitAndDriver({
  equipmentId: picked('equipment_id'),
  driverId: picked('driver_id'),
  assignmentId: sql`${sql.placeholder('assignmentId')}::uuid`,
});

/** The new assignment's columns: the request's values and the pick's unit and driver. */
const ASSIGNMENT_VALUES: Partial<Record<keyof AssignmentRow, SQL>> = {
  id: sql`${sql.placeholder('assignmentId')}::uuid`,
  requestId: sql`new_request.id`,
  workOrderId: sql`new_request.work_order_id`,
  equipmentId: sql`pick.equipment_id`,
  driverId: sql`pick.driver_id`,
  equipmentTypeId: sql`new_request.equipment_type_id`,
  workOrderNumber: sql`new_request.work_order_number`,
  equipmentIdentifier: sql`pick.identifier`,
  driverName: sql`pick.driver_name`,
  region: sql`new_request.work_order_region`,
  equipmentRegion: sql`pick.region`,
  status: sql`'dispatched'`,
};

interface RawDecision extends RawDiagnostics, Record<string, unknown> {
  claimed: boolean;
  work_order: CheckedWorkOrder | null;
  type_exists: boolean;
  chosen: RawCandidate | null;
  ahead: number | null;
  capacity: boolean | null;
}

/** The work order a request names, as the checks read it (null: none the user may dispatch to). */
export interface CheckedWorkOrder {
  id: string;
  number: string;
  status: string;
  region: string;
}

const closedStatuses = sql`ARRAY[${sql.join(
  CLOSED_WORK_ORDER_STATUSES.map((status) => sql`${status}`),
  sql`, `,
)}]::text[]`;

/** Built once per shape (with and without the user's region limit), from the work-order lookup dispatch is given. */
function buildStatement(workOrders: WorkOrderLookup, regionLimited: boolean) {
  return tenantSqlStatement<RawDecision>(sql`
    WITH claim AS (${claimKey}),
    work_order AS (${workOrders.toDispatch({ regionLimited })}),
    type_check AS (SELECT ${equipmentTypeExists(givenTypeId)} AS type_exists),
    accepted AS (
      SELECT w.number, w.region, ${givenTypeId} AS type_id FROM work_order w, type_check t
       WHERE EXISTS (SELECT 1 FROM claim) AND w.status <> ALL (${closedStatuses}) AND t.type_exists),
    ${pick.cte},
    new_request AS (
      INSERT INTO ${dispatchRequests} (${columnList(GIVEN_FIELDS)}, work_order_number, work_order_region,
                                      status, was_queued, dispatched_at)
      SELECT ${typedPlaceholders(dispatchRequests, GIVEN_FIELDS, 'request.')}, accepted.number, accepted.region,
             CASE WHEN chosen.equipment_id IS NULL THEN 'queued' ELSE 'dispatched' END,
             chosen.equipment_id IS NULL,
             CASE WHEN chosen.equipment_id IS NULL THEN NULL ELSE clock_timestamp() END
        FROM accepted LEFT JOIN pick chosen ON true
      RETURNING *),
    ${take.ctes},
    new_assignment AS (
      INSERT INTO ${assignments} (${columnList(Object.keys(ASSIGNMENT_VALUES))})
      SELECT ${sql.join(Object.values(ASSIGNMENT_VALUES), sql`, `)} FROM new_request, pick
       WHERE ${take.taken}
      RETURNING *)
    SELECT EXISTS (SELECT 1 FROM claim) AS claimed, (SELECT row_to_json(w) FROM work_order w) AS work_order,
           (SELECT type_exists FROM type_check) AS type_exists,
           ${labelled('new_request', dispatchRequests, 'request')},
           ${labelled('new_assignment', assignments, 'assignment')},
           ${pick.chosen} AS chosen,
           CASE WHEN ${pick.none} THEN (SELECT count(*) FROM ${dispatchRequests} r
              WHERE r.equipment_type_id = new_request.equipment_type_id AND r.status = 'queued'
                AND (r.priority_rank, r.queue_seq) < (new_request.priority_rank, new_request.queue_seq))::int
           END AS ahead,
           CASE WHEN ${pick.none} THEN ${capacityExistsFor(sql`new_request.equipment_type_id`)} END AS capacity,
           ${pick.diagnostics}
      FROM (SELECT 1) one LEFT JOIN new_request ON true LEFT JOIN new_assignment ON true`);
}

export type RecordedRequest = { request: DispatchRequestRow; diagnostics: Diagnostics } & (
  | { dispatched: { assignment: AssignmentRow; candidate: Candidate } }
  | { queued: { position: number; capacity: boolean } }
);

/** What the statement found: the checks' results, and the request it recorded when they passed. */
export interface NewRequestOutcome {
  /** False: the key was there already (a replay or a reuse), and nothing was written. */
  claimed: boolean;
  workOrder: CheckedWorkOrder | null;
  typeExists: boolean;
  recorded?: RecordedRequest;
}

export interface NewRequestValues {
  claim: { scope: string; key: string; requestHash: string };
  request: NewRequest;
  /** The user's region when they are limited to one (`regionLimit`): they see only its work orders. */
  userRegion: string | undefined;
  assignmentId: string;
  /** How many units and drivers the decision record of a queued request lists. */
  diagnosticRows: number;
}

export interface NewRequestStatement {
  run(tx: TenantTx, values: NewRequestValues): Promise<NewRequestOutcome>;
}

/**
 * The statement, built when the service starts. A pick whose unit or driver was taken meanwhile by a concurrent
 * transaction (the take found it busy, or the invariant indexes refused the assignment) is a RetryableConflict,
 * and the request's insert is rolled back with the rest.
 */
export function newRequestStatement(workOrders: WorkOrderLookup): NewRequestStatement {
  const limited = buildStatement(workOrders, true);
  const unlimited = buildStatement(workOrders, false);
  return {
    async run(tx, { claim, request, userRegion, assignmentId, diagnosticRows }) {
      const values: Record<string, unknown> = {
        ...claim,
        workOrderId: request.workOrderId,
        userRegion,
        assignmentId,
        diagnosticRows,
      };
      for (const field of GIVEN_FIELDS) values[`request.${field}`] = request[field];
      const statement = userRegion === undefined ? unlimited : limited;
      try {
        const [raw] = await statement.run(tx, values);
        const checks = { claimed: raw!.claimed, workOrder: raw!.work_order, typeExists: raw!.type_exists };
        if (raw!['request.id'] === null) return checks;
        return { ...checks, recorded: recordedOf(raw!) };
      } catch (error) {
        throw takenByConcurrentTransaction(error);
      }
    },
  };
}

function recordedOf(raw: RawDecision): RecordedRequest {
  const row = rowOf<DispatchRequestRow>(raw, dispatchRequests, 'request');
  const diagnostics = diagnosticsOf(raw);
  const candidate = candidateOf(raw.chosen);
  if (!candidate) {
    return { request: row, diagnostics, queued: { position: raw.ahead! + 1, capacity: raw.capacity! } };
  }
  if (raw['assignment.id'] === null)
    throw new RetryableConflict('the unit or the driver was taken meanwhile');
  const assignment = rowOf<AssignmentRow>(raw, assignments, 'assignment');
  return { request: row, diagnostics, dispatched: { assignment, candidate } };
}
