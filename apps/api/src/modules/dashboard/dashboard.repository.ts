import type { TenantTx } from '@dispatch/db';
import { ACTIVE_STATUSES } from '#src/modules/dispatch/dispatch.tables';
import type { DashboardDto } from './dashboard.schemas';

/**
 * The board's read model in one statement: every figure is a subquery of one SELECT that builds the answer as
 * JSON, so the dashboard costs one round trip and all its figures come from one snapshot. The dashboard is a
 * declared read model (docs/architecture.md): it reads the tables of work orders, the fleet and dispatch by name.
 *
 * Two texts, built once: the whole tenant, and one region (the region rule: `$2` is the user's region, matched
 * against each table's region column). Values travel as parameters; only the constant column names are spliced.
 */
function dashboardStatement(regionScoped: boolean): string {
  const inRegion = (column: string) => (regionScoped ? `AND ${column} = $2` : '');
  const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
  return `
WITH active AS (
  SELECT id, status, work_order_number, equipment_identifier, driver_name, region, dispatched_at
  FROM assignments
  WHERE status = ANY($1::text[]) ${inRegion('region')}
), fleet AS (
  SELECT t.id, t.name,
    count(e.id) FILTER (WHERE e.status = 'available') AS available,
    count(e.id) FILTER (WHERE e.status = 'dispatched') AS dispatched,
    count(e.id) FILTER (WHERE e.status = 'maintenance') AS maintenance,
    count(e.id) FILTER (WHERE e.status = 'retired') AS retired
  FROM equipment_types t
  LEFT JOIN equipment e ON e.type_id = t.id ${inRegion('e.region')}
  GROUP BY t.id, t.name
), queue AS (
  SELECT r.equipment_type_id, t.name,
    count(*) FILTER (WHERE r.priority = 'urgent') AS urgent,
    count(*) FILTER (WHERE r.priority = 'standard') AS standard,
    count(*) AS total,
    min(r.created_at) AS oldest
  FROM dispatch_requests r
  JOIN equipment_types t ON t.id = r.equipment_type_id
  WHERE r.status = 'queued' ${inRegion('r.work_order_region')}
  GROUP BY r.equipment_type_id, t.name
)
SELECT json_build_object(
  'activeAssignments', (
    SELECT json_build_object(
      'total', count(*),
      'byStatus', json_build_object(
        'dispatched', count(*) FILTER (WHERE status = 'dispatched'),
        'en_route', count(*) FILTER (WHERE status = 'en_route'),
        'on_site', count(*) FILTER (WHERE status = 'on_site')),
      'latest', (
        SELECT coalesce(json_agg(json_build_object(
          'id', id, 'status', status, 'workOrderNumber', work_order_number,
          'equipmentIdentifier', equipment_identifier, 'driverName', driver_name, 'region', region,
          'dispatchedAt', ${iso('dispatched_at')}) ORDER BY dispatched_at DESC, id DESC), '[]')
        FROM (SELECT * FROM active ORDER BY dispatched_at DESC, id DESC LIMIT $${regionScoped ? 3 : 2}) newest))
    FROM active),
  'equipmentByType', (
    SELECT coalesce(json_agg(json_build_object(
      'equipmentTypeId', id, 'name', name, 'available', available, 'dispatched', dispatched,
      'maintenance', maintenance, 'retired', retired) ORDER BY name, id), '[]')
    FROM fleet),
  'queueDepth', (
    SELECT coalesce(json_agg(json_build_object(
      'equipmentTypeId', equipment_type_id, 'name', name, 'urgent', urgent, 'standard', standard,
      'total', total, 'oldestQueuedAt', ${iso('oldest')}) ORDER BY total DESC, name, equipment_type_id), '[]')
    FROM queue),
  'counts', json_build_object(
    'workOrders', (
      SELECT json_build_object(
        'open', count(*) FILTER (WHERE status = 'open'),
        'inProgress', count(*) FILTER (WHERE status = 'in_progress'))
      FROM work_orders WHERE status IN ('open', 'in_progress') ${inRegion('region')}),
    'drivers', (
      SELECT json_build_object(
        'onShift', count(*) FILTER (WHERE shift_status = 'on_shift'),
        'offShift', count(*) FILTER (WHERE shift_status = 'off_shift'),
        'busy', count(*) FILTER (WHERE active_assignment_id IS NOT NULL))
      FROM drivers WHERE true ${inRegion('region')}),
    'requestsLast24h', (
      SELECT count(*) FROM dispatch_requests
      WHERE created_at > now() - interval '24 hours' ${inRegion('work_order_region')}),
    'completedLast24h', (
      SELECT count(*) FROM assignments
      WHERE status = 'completed' AND completed_at > now() - interval '24 hours' ${inRegion('region')}))
) AS dashboard`;
}

const WHOLE_TENANT = dashboardStatement(false);
const ONE_REGION = dashboardStatement(true);

export type DashboardFigures = Omit<DashboardDto, 'generatedAt'>;

/** Every figure of the board, for the whole tenant or (the region rule) one region. */
export async function dashboardFigures(
  tx: TenantTx,
  scope: { region?: string },
  latest: number,
): Promise<DashboardFigures> {
  const { rows } = await tx.client.query<{ dashboard: DashboardFigures }>(
    scope.region === undefined
      ? { text: WHOLE_TENANT, values: [ACTIVE_STATUSES, latest] }
      : { text: ONE_REGION, values: [ACTIVE_STATUSES, scope.region, latest] },
  );
  return rows[0]!.dashboard;
}
