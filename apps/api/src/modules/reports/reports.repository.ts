import { sql } from 'drizzle-orm';
import type { TenantTx } from '@dispatch/db';
import type { TenantUser } from '#src/auth/tenant-user';
import { regionCondition } from '#src/auth/region-scope';
// The read model reads every module's tables (docs/architecture.md).
import { equipment } from '#src/modules/fleet/equipment.table';
import { dispatchRequests } from '#src/modules/dispatch/dispatch.tables';

/** The region rule inside the aggregates: a region-limited user aggregates their region only. */
const inRegion = (user: TenantUser, column: Parameters<typeof regionCondition>[1]) =>
  regionCondition(user, column) ?? sql`true`;

export type UtilizationRow = {
  equipment_id: string;
  identifier: string;
  equipment_type: string;
  region: string;
  dispatched_seconds: number;
  dispatches: number;
  average_seconds: number | null;
};

/** Per unit: time spent in assignments overlapping the period (clipped to it), dispatches started in it. */
export async function utilization(
  tx: TenantTx,
  user: TenantUser,
  from: Date,
  to: Date,
): Promise<UtilizationRow[]> {
  const result = await tx.db.execute<UtilizationRow>(sql`
    SELECT ${equipment.id} AS equipment_id, ${equipment.identifier}, t.name AS equipment_type, ${equipment.region},
           coalesce(sum(extract(epoch FROM
             least(coalesce(a.completed_at, a.cancelled_at, now()), ${to}::timestamptz)
             - greatest(a.dispatched_at, ${from}::timestamptz))), 0)::float8 AS dispatched_seconds,
           (count(a.id) FILTER (WHERE a.dispatched_at >= ${from}::timestamptz))::int AS dispatches,
           (avg(extract(epoch FROM a.completed_at - a.dispatched_at))
              FILTER (WHERE a.status = 'completed' AND a.dispatched_at >= ${from}::timestamptz))::float8 AS average_seconds
      FROM ${equipment}
      JOIN equipment_types t ON t.id = ${equipment.typeId}
      LEFT JOIN assignments a ON a.equipment_id = ${equipment.id}
            AND a.dispatched_at < ${to}::timestamptz
            AND coalesce(a.completed_at, a.cancelled_at, 'infinity'::timestamptz) > ${from}::timestamptz
     WHERE ${inRegion(user, equipment.region)}
     GROUP BY ${equipment.id}, ${equipment.identifier}, t.name, ${equipment.region}
     ORDER BY ${equipment.identifier}`);
  return result.rows;
}

export type PerformanceRow = {
  priority: 'urgent' | 'standard' | null;
  requests: number;
  immediate: number;
  queued: number;
  cancelled: number;
  queue_p50: number | null;
  queue_p95: number | null;
  completed: number;
  average_to_complete: number | null;
  complete_p50: number | null;
  complete_p95: number | null;
};

/** Requests made in the period, per priority and in total (the row with a NULL priority). */
export async function dispatchPerformance(
  tx: TenantTx,
  user: TenantUser,
  from: Date,
  to: Date,
): Promise<PerformanceRow[]> {
  const result = await tx.db.execute<PerformanceRow>(sql`
    SELECT ${dispatchRequests.priority},
           count(*)::int AS requests,
           (count(*) FILTER (WHERE NOT dispatch_requests.was_queued))::int AS immediate,
           (count(*) FILTER (WHERE dispatch_requests.was_queued))::int AS queued,
           (count(*) FILTER (WHERE dispatch_requests.status = 'cancelled'))::int AS cancelled,
           (percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM dispatch_requests.dispatched_at - dispatch_requests.created_at))
              FILTER (WHERE dispatch_requests.was_queued AND dispatch_requests.dispatched_at IS NOT NULL))::float8 AS queue_p50,
           (percentile_cont(0.95) WITHIN GROUP (ORDER BY extract(epoch FROM dispatch_requests.dispatched_at - dispatch_requests.created_at))
              FILTER (WHERE dispatch_requests.was_queued AND dispatch_requests.dispatched_at IS NOT NULL))::float8 AS queue_p95,
           (count(a.id) FILTER (WHERE a.status = 'completed'))::int AS completed,
           (avg(extract(epoch FROM a.completed_at - a.dispatched_at)) FILTER (WHERE a.status = 'completed'))::float8
             AS average_to_complete,
           (percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM a.completed_at - a.dispatched_at))
              FILTER (WHERE a.status = 'completed'))::float8 AS complete_p50,
           (percentile_cont(0.95) WITHIN GROUP (ORDER BY extract(epoch FROM a.completed_at - a.dispatched_at))
              FILTER (WHERE a.status = 'completed'))::float8 AS complete_p95
      FROM ${dispatchRequests}
      LEFT JOIN assignments a ON a.request_id = dispatch_requests.id
     WHERE dispatch_requests.created_at >= ${from}::timestamptz AND dispatch_requests.created_at < ${to}::timestamptz
       AND ${inRegion(user, dispatchRequests.workOrderRegion)}
     GROUP BY ROLLUP (${dispatchRequests.priority})
     ORDER BY ${dispatchRequests.priority} NULLS LAST`);
  return result.rows;
}
