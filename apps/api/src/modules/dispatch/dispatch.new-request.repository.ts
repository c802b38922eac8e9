import { sql, type SQL } from 'drizzle-orm';
import { tenantSqlStatement, type TenantTx } from '@dispatch/db';
import {
  candidateOf,
  candidatePick,
  capacityExistsFor,
  diagnosticsOf,
  takeUnitAndDriver,
  type Candidate,
  type Diagnostics,
  type RawCandidate,
  type RawDiagnostics,
} from '#src/modules/fleet/index';
import { RetryableConflict } from '#src/kernel/retry';
import { takenByConcurrentTransaction } from './dispatch.assignments.repository';
import { NEW_REQUEST_FIELDS, type NewRequest } from './dispatch.requests.repository';
import { columnList, labelled, rowOf, typedPlaceholders } from './dispatch.statement-parts';
import {
  assignments,
  dispatchRequests,
  type AssignmentRow,
  type DispatchRequestRow,
} from './dispatch.tables';

/**
 * A new request decided and recorded in one statement (rules 1 and 2): the fleet's pick (`candidatePick`)
 * chooses a unit and a driver; the request is inserted as dispatched when it chose, else as queued; with a
 * pick, the fleet takes the unit and the driver and the assignment is inserted only when both were taken. The
 * assignment's insert reads the request's, so the request row exists before the assignment that refers to it.
 * A queued request also gets its place in line and whether capacity for its type exists that concurrent
 * transactions held just now; the subqueries read the statement's snapshot, from before the insert, so the new
 * row never counts itself.
 */

const value = (field: (typeof NEW_REQUEST_FIELDS)[number], type: string) =>
  sql`${sql.placeholder(`request.${field}`)}::${sql.raw(type)}`;
const typeId = value('equipmentTypeId', 'uuid');
const pick = candidatePick(typeId, value('region', 'text'), sql`${sql.placeholder('diagnosticRows')}::int`);
const take = takeUnitAndDriver({
  equipmentId: sql`(SELECT equipment_id FROM pick)`,
  driverId: sql`(SELECT driver_id FROM pick)`,
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
  chosen: RawCandidate | null;
  ahead: number | null;
  capacity: boolean | null;
}

const recordNewRequestStatement = tenantSqlStatement<RawDecision>(sql`
    WITH ${pick.cte},
    new_request AS (
      INSERT INTO ${dispatchRequests} (${columnList(NEW_REQUEST_FIELDS)}, status, was_queued, dispatched_at)
      SELECT ${typedPlaceholders(dispatchRequests, NEW_REQUEST_FIELDS, 'request.')},
             CASE WHEN chosen.equipment_id IS NULL THEN 'queued' ELSE 'dispatched' END,
             chosen.equipment_id IS NULL,
             CASE WHEN chosen.equipment_id IS NULL THEN NULL ELSE clock_timestamp() END
        FROM (SELECT 1) one LEFT JOIN pick chosen ON true
      RETURNING *),
    ${take.ctes},
    new_assignment AS (
      INSERT INTO ${assignments} (${columnList(Object.keys(ASSIGNMENT_VALUES))})
      SELECT ${sql.join(Object.values(ASSIGNMENT_VALUES), sql`, `)} FROM new_request, pick
       WHERE ${take.taken}
      RETURNING *)
    SELECT ${labelled('new_request', dispatchRequests, 'request')},
           ${labelled('new_assignment', assignments, 'assignment')},
           ${pick.chosen} AS chosen,
           CASE WHEN ${pick.none} THEN (SELECT count(*) FROM ${dispatchRequests} r
              WHERE r.equipment_type_id = new_request.equipment_type_id AND r.status = 'queued'
                AND (r.priority_rank, r.queue_seq) < (new_request.priority_rank, new_request.queue_seq))::int
           END AS ahead,
           CASE WHEN ${pick.none} THEN ${capacityExistsFor(sql`new_request.equipment_type_id`)} END AS capacity,
           ${pick.diagnostics}
      FROM new_request LEFT JOIN new_assignment ON true`);

export type RecordedRequest = { request: DispatchRequestRow; diagnostics: Diagnostics } & (
  | { dispatched: { assignment: AssignmentRow; candidate: Candidate } }
  | { queued: { position: number; capacity: boolean } }
);

/**
 * Records a new request, dispatched at once when the rule finds a unit and a driver, else queued; the decision
 * record's lists (`diagnosticRows` of each) are read only when it is queued. A pick whose unit or driver was
 * taken meanwhile by a concurrent transaction (the take found it busy, or the invariant indexes refused the
 * assignment) is a RetryableConflict, and the request's insert is rolled back with the rest.
 */
export async function recordNewRequest(
  tx: TenantTx,
  request: NewRequest,
  assignmentId: string,
  diagnosticRows: number,
): Promise<RecordedRequest> {
  const values: Record<string, unknown> = { assignmentId, diagnosticRows };
  for (const field of NEW_REQUEST_FIELDS) values[`request.${field}`] = request[field];
  try {
    const [raw] = await recordNewRequestStatement.run(tx, values);
    const row = rowOf<DispatchRequestRow>(raw!, dispatchRequests, 'request');
    const diagnostics = diagnosticsOf(raw);
    const candidate = candidateOf(raw!.chosen);
    if (!candidate) {
      return { request: row, diagnostics, queued: { position: raw!.ahead! + 1, capacity: raw!.capacity! } };
    }
    if (raw!['assignment.id'] === null)
      throw new RetryableConflict('the unit or the driver was taken meanwhile');
    const assignment = rowOf<AssignmentRow>(raw!, assignments, 'assignment');
    return { request: row, diagnostics, dispatched: { assignment, candidate } };
  } catch (error) {
    throw takenByConcurrentTransaction(error);
  }
}
