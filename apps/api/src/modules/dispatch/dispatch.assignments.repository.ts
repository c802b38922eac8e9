import { and, desc, eq, getTableColumns, inArray, lt, or, sql } from 'drizzle-orm';
import {
  columnList,
  labelled,
  rowOf,
  tenantSqlStatement,
  typedPlaceholders,
  statementBuilder,
  tenantSqlStatementsByShape,
  tenantStatementsByShape,
  type TenantTx,
} from '@dispatch/db';
import { toSnakeCase } from 'drizzle-orm/casing';
import {
  releasedOf,
  releaseUnitAndDriver,
  takeUnitAndDriverSql,
  type RawReleased,
  type Released,
} from '#src/modules/fleet/index';
import { ACTIVE_STATUSES, assignments, type AssignmentRow, type AssignmentStatus } from './dispatch.tables';

import { assignmentVisible, type DispatchScope } from './dispatch.scope';
import { regionLimit } from '#src/auth/region-scope';
import type { WorkOrderLookup } from './dispatch.work-orders.repository';
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

export const NEW_ASSIGNMENT_FIELDS = [
  'id',
  'requestId',
  'workOrderId',
  'equipmentId',
  'driverId',
  'equipmentTypeId',
  'workOrderNumber',
  'equipmentIdentifier',
  'driverName',
  'region',
  'equipmentRegion',
  'status',
] as const satisfies readonly (keyof NewAssignment)[];

const columns = Object.entries(getTableColumns(assignments));

/**
 * One statement: the fleet takes the unit and the driver (its `takeUnitAndDriverSql`), and the assignment is
 * recorded only if both were taken. Built once.
 */
const takeAndInsertStatement = tenantSqlStatement<AssignmentRow>(sql`
    WITH ${takeUnitAndDriverSql.ctes}
    INSERT INTO ${assignments} (${columnList(NEW_ASSIGNMENT_FIELDS)})
    SELECT ${typedPlaceholders(assignments, NEW_ASSIGNMENT_FIELDS)}
     WHERE ${takeUnitAndDriverSql.taken}
    RETURNING ${sql.join(
      columns.map(([key, column]) => sql`${column} AS ${sql.identifier(key)}`),
      sql`, `,
    )}`);

/**
 * Takes the candidate's unit and driver (through the fleet's SQL) and records the assignment, in one statement.
 * Either taken meanwhile by a concurrent transaction — the take found it busy, or the invariant indexes refused
 * the row — is a RetryableConflict.
 */
export async function takeAndInsertAssignment(tx: TenantTx, values: NewAssignment): Promise<AssignmentRow> {
  try {
    const [row] = await takeAndInsertStatement.run(tx, { ...values, assignmentId: values.id });
    if (!row) throw new RetryableConflict('the unit or the driver was taken meanwhile');
    return row;
  } catch (error) {
    throw takenByConcurrentTransaction(error);
  }
}

/** An insert the invariant indexes refused (one active assignment per unit and per driver) as a RetryableConflict. */
export function takenByConcurrentTransaction(error: unknown): unknown {
  const constraint = (error as { constraint?: string } | null)?.constraint;
  if (constraint && ACTIVE_ASSIGNMENT_KEYS.has(constraint))
    return new RetryableConflict('the unit or the driver was taken by a concurrent transaction', {
      cause: error,
    });
  return error;
}

const TIMESTAMP_OF: Record<Exclude<AssignmentStatus, 'dispatched'>, keyof AssignmentRow> = {
  en_route: 'enRouteAt',
  on_site: 'onSiteAt',
  completed: 'completedAt',
  cancelled: 'cancelledAt',
};

const LIFECYCLE_COLUMNS = [
  'status',
  'note',
  'enRouteAt',
  'onSiteAt',
  'completedAt',
  'cancelledAt',
  'updatedAt',
] as const;

/** The scope's part of a statement built once (`assignmentVisible` with placeholders), and its values. */
const SCOPE_VALUES = ['userRegion', 'noDriver', 'ownDriverId'] as const;
type ScopeShape = Record<(typeof SCOPE_VALUES)[number], boolean>;
const visibleByShape = (has: ScopeShape) =>
  and(
    has.userRegion
      ? or(
          eq(assignments.region, sql.placeholder('userRegion')),
          eq(assignments.equipmentRegion, sql.placeholder('userRegion')),
        )
      : undefined,
    has.noDriver ? sql`false` : undefined,
    has.ownDriverId ? eq(assignments.driverId, sql.placeholder('ownDriverId')) : undefined,
  );
const scopeValues = (scope: DispatchScope) => ({
  userRegion: regionLimit(scope.user),
  // A driver linked to no driver record sees nothing.
  noDriver: scope.driverId === null ? true : undefined,
  ownDriverId: scope.driverId ?? undefined,
});

type Step = Exclude<AssignmentStatus, 'dispatched'>;
const ENDING_STEPS: ReadonlySet<Step> = new Set(['completed', 'cancelled']);

/** The fleet's release of the unit and the driver, composed into an ending step: `moved` is the ended row. */
const release = releaseUnitAndDriver({
  equipmentId: sql`(SELECT "after.equipmentId" FROM moved)`,
  driverId: sql`(SELECT "after.driverId" FROM moved)`,
  assignmentId: sql`(SELECT "after.id" FROM moved)`,
});

/**
 * One step's statement per scope shape and note given or not, built the first time a call has that shape. The
 * row is locked, then moved if its status is one of `from` (values: id, from, note, the scope's); the row comes
 * back as it is after the step (`after.*`) with its lifecycle columns as they were (`previous.*`). An ending step
 * (completed, cancelled) frees the unit and the driver in the same statement; completing one also locks its work
 * order (the work-orders module's SQL), so the completion rule that follows sees the other endings, and starting
 * one (en_route) applies the work order's start rule (the work-orders module's SQL) in the same statement.
 */
const stepStatement = (to: Step, workOrders: WorkOrderLookup) =>
  tenantSqlStatementsByShape([...SCOPE_VALUES, 'note'], (has) => {
    const ends = ENDING_STEPS.has(to);
    const completes = to === 'completed';
    const starts = to === 'en_route';
    const column = (field: string) => sql.identifier(toSnakeCase(field));
    // A CTE that only locks (work_order) runs only if the statement reads it: hence its count in the result.
    return sql`
      WITH locked AS (
        SELECT id, ${sql.join(LIFECYCLE_COLUMNS.map(column), sql`, `)} FROM ${assignments}
         WHERE ${and(eq(assignments.id, sql.placeholder('id')), visibleByShape(has))}
         FOR UPDATE),
      moved AS (
        UPDATE ${assignments}
           SET status = ${to}, ${column(TIMESTAMP_OF[to])} = clock_timestamp(),
               ${has.note ? sql`note = ${sql.placeholder('note')},` : sql``} updated_at = now()
          FROM locked
         WHERE ${assignments.id} = locked.id AND locked.status = ANY(${sql.placeholder('from')}::text[])
        RETURNING ${labelled('assignments', assignments, 'after')},
                  ${sql.join(
                    LIFECYCLE_COLUMNS.map(
                      (field) => sql`locked.${column(field)} AS ${sql.identifier(`previous.${field}`)}`,
                    ),
                    sql`, `,
                  )})
      ${ends ? sql`, ${release.ctes}` : sql``}
      ${completes ? sql`, work_order AS (${workOrders.lockedForCompletion(sql`(SELECT "after.workOrderId" FROM moved)`)})` : sql``}
      ${starts ? sql`, started AS (${workOrders.start.sql(sql`(SELECT "after.workOrderId" FROM moved)`)})` : sql``}
      SELECT moved.* ${ends ? sql`, ${release.columns}` : sql``}
             ${completes ? sql`, (SELECT count(*) FROM work_order) AS "workOrderLocked"` : sql``}
             ${starts ? sql`, started.*` : sql``}
        FROM moved ${starts ? sql`LEFT JOIN started ON true` : sql``}`;
  });

export interface Transition {
  before: AssignmentRow;
  after: AssignmentRow;
  /** For an ending step: what the fleet freed. */
  released?: Released;
  /** For the start (en_route): the result row, with what the work order's start rule did (`WorkOrderLookup.start`). */
  startRow?: Record<string, unknown>;
}

export type TransitionAssignment = (
  tx: TenantTx,
  scope: DispatchScope,
  id: string,
  to: Step,
  from: readonly AssignmentStatus[],
  note: string | undefined,
) => Promise<Transition | undefined>;

/**
 * The lifecycle step in one statement: the row is locked, and changes only if its current status is one of
 * `from` (a trigger checks the step again); an ending step also frees the unit and the driver. Answers the row
 * before and after the step, or undefined when it did not move (not visible, not there, or a status the step
 * does not start from). Built once per app, with the work order's lock the work-orders module supplies.
 */
export function assignmentSteps(workOrders: WorkOrderLookup): TransitionAssignment {
  const statements: Record<Step, ReturnType<typeof stepStatement>> = {
    en_route: stepStatement('en_route', workOrders),
    on_site: stepStatement('on_site', workOrders),
    completed: stepStatement('completed', workOrders),
    cancelled: stepStatement('cancelled', workOrders),
  };
  return async (tx, scope, id, to, from, note) => {
    const [row] = await statements[to].run(tx, { ...scopeValues(scope), id, note, from: [...from] });
    if (!row) return undefined;
    const after = rowOf<AssignmentRow>(row, assignments, 'after');
    const before = { ...after };
    for (const field of LIFECYCLE_COLUMNS) {
      const value = row[`previous.${field}`];
      (before as Record<string, unknown>)[field] =
        value === null || value === undefined ? null : assignments[field].mapFromDriverValue(value as never);
    }
    const released = ENDING_STEPS.has(to) ? releasedOf(row as unknown as RawReleased) : undefined;
    return { before, after, released, startRow: to === 'en_route' ? row : undefined };
  };
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

// The board's and the driver's lists: each combination of scope and filters is built once. The scope part is
// `assignmentVisible` (dispatch.scope.ts) with its values as placeholders.
const assignmentPages = tenantStatementsByShape(
  [
    'userRegion',
    'noDriver',
    'ownDriverId',
    'active',
    'status',
    'driverId',
    'workOrderId',
    'equipmentId',
    'beforeId',
  ],
  (has) =>
    statementBuilder
      .select()
      .from(assignments)
      .where(
        and(
          visibleByShape(has),
          has.active ? inArray(assignments.status, [...ACTIVE_STATUSES]) : undefined,
          has.status ? eq(assignments.status, sql.placeholder('status')) : undefined,
          has.driverId ? eq(assignments.driverId, sql.placeholder('driverId')) : undefined,
          has.workOrderId ? eq(assignments.workOrderId, sql.placeholder('workOrderId')) : undefined,
          has.equipmentId ? eq(assignments.equipmentId, sql.placeholder('equipmentId')) : undefined,
          has.beforeId ? lt(assignments.id, sql.placeholder('beforeId')) : undefined,
        ),
      )
      .orderBy(desc(assignments.id))
      .limit(sql.placeholder('limit'))
      .prepare('assignments_page'),
);

export function listAssignments(
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
  return assignmentPages.run(tx, {
    ...scopeValues(scope),
    active: filters.status === 'active' ? true : undefined,
    status: filters.status === 'active' ? undefined : filters.status,
    driverId: filters.driverId,
    workOrderId: filters.workOrderId,
    equipmentId: filters.equipmentId,
    beforeId: page.beforeId,
    limit: page.limit,
  });
}

/** Assignments still under way (the active_dispatches gauge is repaired from this). */
export async function countActiveAssignments(tx: TenantTx): Promise<number> {
  const [row] = await tx.db
    .select({ count: sql<number>`count(*)::int` })
    .from(assignments)
    .where(inArray(assignments.status, [...ACTIVE_STATUSES]));
  return row?.count ?? 0;
}
