import { inArray, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { TenantTx } from '@dispatch/db';
import type { UnitOfWork } from '#src/kernel/unit-of-work';
import { driverIdsOfUser } from '#src/modules/fleet/index';
import { ACTIVE_STATUSES, assignments, dispatchRequests } from './dispatch.tables';

/**
 * What the work-orders module asks of dispatch, which owns requests and assignments: how much dispatch work
 * still hangs on a work order, and which work orders a driver may see.
 */

export type WorkOrderDispatchActivity = {
  /** Requests still waiting in the queue. */
  queued: number;
  /** Assignments under way (dispatched, en route, on site). */
  active: number;
  /** Requests ever made for it, whatever became of them. */
  requests: number;
};

/** The three counts in one statement. */
export async function workOrderActivity(
  tx: TenantTx,
  workOrderId: string,
): Promise<WorkOrderDispatchActivity> {
  const result = await tx.db.execute<WorkOrderDispatchActivity>(sql`
    SELECT (SELECT count(*) FROM ${dispatchRequests}
             WHERE ${dispatchRequests.workOrderId} = ${workOrderId} AND ${dispatchRequests.status} = 'queued')::int AS queued,
           (SELECT count(*) FROM ${assignments}
             WHERE ${assignments.workOrderId} = ${workOrderId} AND ${inArray(assignments.status, [...ACTIVE_STATUSES])})::int AS active,
           (SELECT count(*) FROM ${dispatchRequests}
             WHERE ${dispatchRequests.workOrderId} = ${workOrderId})::int AS requests`);
  return result.rows[0]!;
}

/**
 * No request of the work order is still queued and none of its assignments is under way: the condition of the
 * automatic completion rule, on the work order's id column, for the work-orders module to compose into the
 * statement that applies the rule (the counts above are the same figures, for callers that report them).
 */
export const noDispatchWorkLeftFilter = (workOrderId: SQLWrapper): SQL =>
  sql`NOT EXISTS (SELECT 1 FROM ${dispatchRequests}
                   WHERE ${dispatchRequests.workOrderId} = ${workOrderId} AND ${dispatchRequests.status} = 'queued')
      AND NOT EXISTS (SELECT 1 FROM ${assignments}
                   WHERE ${assignments.workOrderId} = ${workOrderId} AND ${inArray(assignments.status, [...ACTIVE_STATUSES])})`;

/**
 * A driver (by identity-provider `sub`) sees a work order only through an assignment of theirs: a condition on
 * the work order's id column, for the work-orders module to compose into its own statements.
 */
export const visibleToDriverFilter = (workOrderId: SQLWrapper, sub: string | SQLWrapper): SQL =>
  sql`EXISTS (SELECT 1 FROM ${assignments}
               WHERE ${assignments.workOrderId} = ${workOrderId} AND ${assignments.driverId} IN (${driverIdsOfUser(sub)}))`;

/**
 * What dispatch needs of the work order a request names. The work-orders module supplies it at start (`app.ts`
 * wires it): work orders ask dispatch for their activity, so dispatch never imports them.
 */
export interface WorkOrderLookup {
  /**
   * The work order as SQL to compose into a statement built once (not run): id, number, status, region, locked
   * FOR SHARE. Its values are the placeholders `workOrderId` and, when `regionLimited`, `userRegion` (the
   * user's region: a region-limited user sees only that region's work orders).
   */
  toDispatch(shape: { regionLimited: boolean }): SQL;
  /**
   * The work order `workOrderId` (an SQL expression) as SQL to compose into the statement that completes one of
   * its assignments: its row locked so that the completion rule, checked after, sees every other ending and
   * every new request that committed first.
   */
  lockedForCompletion(workOrderId: SQL): SQL;
  /** The start rule, applied inside the statement that starts one of the work order's assignments. */
  start: {
    /**
     * The body of a data-modifying CTE that moves the work order `workOrderId` (an SQL expression) along when one
     * of its assignments starts; the columns it returns join the step's result row.
     */
    sql(workOrderId: SQL): SQL;
    /** Audits and announces what that CTE did, from the step's result row (nothing when it moved nothing). */
    record(uow: UnitOfWork, row: Record<string, unknown>, reason: string): void;
  };
}
