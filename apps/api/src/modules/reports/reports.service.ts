import { badRequest } from '#src/kernel/problems';
import type { TenantContext } from '#src/kernel/tenant-context';
import * as repository from './reports.repository';
import { toCsv } from './reports.csv';
import type { DispatchPerformanceReport, ReportQuery, UtilizationReport } from './reports.schemas';

const DAY = 86_400_000;
const MAX_PERIOD = 366 * DAY;

/** Defaults to the last 7 days; at most a year; `from` before `to`. */
export function period(query: ReportQuery, now = new Date()) {
  const to = query.to ? new Date(query.to) : now;
  const from = query.from ? new Date(query.from) : new Date(to.getTime() - 7 * DAY);
  if (from >= to) throw badRequest('from must be before to', 'from');
  if (to.getTime() - from.getTime() > MAX_PERIOD)
    throw badRequest('a report covers at most 366 days', 'from');
  return { from, to };
}

const round = (value: number | null, digits = 1) => (value === null ? null : Number(value.toFixed(digits)));

export async function utilization(ctx: TenantContext, query: ReportQuery): Promise<UtilizationReport> {
  const { from, to } = period(query);
  const seconds = (to.getTime() - from.getTime()) / 1000;
  const rows = await repository.utilization(ctx.tx, ctx.user, from, to);
  return {
    period: { from: from.toISOString(), to: to.toISOString() },
    items: rows.map((row) => ({
      equipmentId: row.equipment_id,
      identifier: row.identifier,
      equipmentType: row.equipment_type,
      region: row.region,
      dispatchedSeconds: round(Math.max(0, row.dispatched_seconds))!,
      utilization: Number(Math.min(1, Math.max(0, row.dispatched_seconds / seconds)).toFixed(4)),
      dispatches: row.dispatches,
      averageDispatchSeconds: round(row.average_seconds),
    })),
  };
}

export async function dispatchPerformance(
  ctx: TenantContext,
  query: ReportQuery,
): Promise<DispatchPerformanceReport> {
  const { from, to } = period(query);
  const rows = await repository.dispatchPerformance(ctx.tx, ctx.user, from, to);
  return {
    period: { from: from.toISOString(), to: to.toISOString() },
    items: rows.map((row) => ({
      priority: row.priority ?? 'all',
      requests: row.requests,
      immediate: row.immediate,
      queued: row.queued,
      cancelled: row.cancelled,
      queueSecondsP50: round(row.queue_p50, 3),
      queueSecondsP95: round(row.queue_p95, 3),
      completed: row.completed,
      averageDispatchToCompleteSeconds: round(row.average_to_complete),
      completeSecondsP50: round(row.complete_p50, 3),
      completeSecondsP95: round(row.complete_p95, 3),
    })),
  };
}

export const utilizationCsv = (report: UtilizationReport) =>
  toCsv(
    [
      'equipment_id',
      'identifier',
      'equipment_type',
      'region',
      'dispatched_seconds',
      'utilization',
      'dispatches',
      'average_dispatch_seconds',
    ],
    report.items.map((row) => [
      row.equipmentId,
      row.identifier,
      row.equipmentType,
      row.region,
      row.dispatchedSeconds,
      row.utilization,
      row.dispatches,
      row.averageDispatchSeconds,
    ]),
  );

export const dispatchPerformanceCsv = (report: DispatchPerformanceReport) =>
  toCsv(
    [
      'priority',
      'requests',
      'immediate',
      'queued',
      'cancelled',
      'queue_seconds_p50',
      'queue_seconds_p95',
      'completed',
      'average_dispatch_to_complete_seconds',
      'complete_seconds_p50',
      'complete_seconds_p95',
    ],
    report.items.map((row) => [
      row.priority,
      row.requests,
      row.immediate,
      row.queued,
      row.cancelled,
      row.queueSecondsP50,
      row.queueSecondsP95,
      row.completed,
      row.averageDispatchToCompleteSeconds,
      row.completeSecondsP50,
      row.completeSecondsP95,
    ]),
  );
