import { getTableColumns, sql } from 'drizzle-orm';
import { toSnakeCase } from 'drizzle-orm/casing';
import type { PgTable } from 'drizzle-orm/pg-core';
import { tenantSqlStatement, type TenantTx } from '@dispatch/db';
import { takeUnitAndDriverSql } from '#src/modules/fleet/index';
import { RetryableConflict } from '#src/kernel/retry';
import {
  NEW_ASSIGNMENT_FIELDS,
  takenByConcurrentTransaction,
  type NewAssignment,
} from './dispatch.assignments.repository';
import { NEW_REQUEST_FIELDS, type NewRequest } from './dispatch.requests.repository';
import { columnList, typedPlaceholders } from './dispatch.statement-parts';
import {
  assignments,
  dispatchRequests,
  type AssignmentRow,
  type DispatchRequestRow,
} from './dispatch.tables';

/**
 * A new request fulfilled at once, in one statement: the request is inserted as dispatched, the fleet takes the
 * unit and the driver (`takeUnitAndDriverSql`), and the assignment is inserted only when both were taken. The
 * assignment's insert reads the request's, so the request row exists before the assignment that refers to it.
 */

const columnsOf = (table: PgTable) => Object.entries(getTableColumns(table));
/** Every column of `from` as `"<label>.<field>"`, so one result row carries both rows apart. */
const labelled = (from: string, table: PgTable, label: string) =>
  sql.join(
    columnsOf(table).map(
      ([field]) =>
        sql`${sql.identifier(from)}.${sql.identifier(toSnakeCase(field))} AS ${sql.identifier(`${label}.${field}`)}`,
    ),
    sql`, `,
  );

const insertDispatchedWithAssignmentStatement = tenantSqlStatement(sql`
    WITH new_request AS (
      INSERT INTO ${dispatchRequests} (${columnList(NEW_REQUEST_FIELDS)}, status, was_queued, dispatched_at)
      VALUES (${typedPlaceholders(dispatchRequests, NEW_REQUEST_FIELDS, 'request.')}, 'dispatched', false,
              clock_timestamp())
      RETURNING *),
    ${takeUnitAndDriverSql.ctes},
    new_assignment AS (
      INSERT INTO ${assignments} (${columnList(NEW_ASSIGNMENT_FIELDS)})
      SELECT ${typedPlaceholders(assignments, NEW_ASSIGNMENT_FIELDS)} FROM new_request
       WHERE ${takeUnitAndDriverSql.taken}
      RETURNING *)
    SELECT ${labelled('new_request', dispatchRequests, 'request')},
           ${labelled('new_assignment', assignments, 'assignment')}
      FROM new_request LEFT JOIN new_assignment ON true`);

/** One row of `table` from the labelled columns, each value mapped as drizzle maps it (bigint to number). */
function rowOf<R>(raw: Record<string, unknown>, table: PgTable, label: string): R {
  const row: Record<string, unknown> = {};
  for (const [field, column] of columnsOf(table)) {
    const value = raw[`${label}.${field}`];
    row[field] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
  }
  return row as R;
}

/**
 * Records a request fulfilled at once and its assignment. The unit or the driver taken meanwhile by a concurrent
 * transaction (the take found it busy, or the invariant indexes refused the row) is a RetryableConflict, and the
 * request's insert is rolled back with the rest.
 */
export async function insertDispatchedWithAssignment(
  tx: TenantTx,
  request: Omit<NewRequest, 'status'>,
  assignment: NewAssignment,
): Promise<{ request: DispatchRequestRow; assignment: AssignmentRow }> {
  const values: Record<string, unknown> = { ...assignment, assignmentId: assignment.id };
  for (const field of NEW_REQUEST_FIELDS) values[`request.${field}`] = request[field];
  try {
    const [raw] = await insertDispatchedWithAssignmentStatement.run(tx, values);
    if (!raw || raw['assignment.id'] === null)
      throw new RetryableConflict('the unit or the driver was taken meanwhile');
    return {
      request: rowOf<DispatchRequestRow>(raw, dispatchRequests, 'request'),
      assignment: rowOf<AssignmentRow>(raw, assignments, 'assignment'),
    };
  } catch (error) {
    throw takenByConcurrentTransaction(error);
  }
}
