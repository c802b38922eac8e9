import type { TenantTx } from '@dispatch/db';
import type { TenantUser } from '#src/auth/tenant-user';
import { assertThat } from '#src/kernel/problems';
import { decodeCursor } from '#src/kernel/cursor';
import { keysetPage } from '#src/kernel/paging';
import type { TenantContext } from '#src/kernel/tenant-context';
import { entityEvents } from '#src/modules/audit/index';
import * as requests from './dispatch.requests.repository';
import * as assignments from './dispatch.assignments.repository';
import { regionAllowed } from '#src/auth/region-scope';
import type { DispatchDecision, Verdict } from './dispatch.decisions';
import { assignmentDto, requestDto } from './dispatch.dto';
import type { AssignmentDto, QueueQuery, QueueViewDto, RequestListQuery } from './dispatch.schemas';
import { scopeForUser } from './dispatch.scope';
import { workOrderActivity } from './dispatch.work-orders.repository';
import { isoTimestamp } from '#src/kernel/iso-timestamp';

// The read side of dispatch: requests, their decisions and the queue view. Reads never change state.

const isIdCursor = (value: Record<string, unknown>): value is { id: string } => typeof value.id === 'string';

export async function getRequest(ctx: TenantContext, id: string) {
  const row = await requests.findRequest(ctx.tx, { user: ctx.user }, id);
  assertThat(row, 'not-found', `No dispatch request ${id}`);
  const assignment =
    row.status === 'dispatched' ? await assignments.findAssignmentByRequest(ctx.tx, id) : undefined;
  let queuePosition: number | null = null;
  let estimatedWaitSeconds: number | null = null;
  if (row.status === 'queued') {
    queuePosition = await requests.queuePosition(ctx.tx, row);
    const [stats] = await requests.turnoverStats(ctx.tx, [row.equipmentTypeId]);
    estimatedWaitSeconds = estimateWait(queuePosition, stats);
  }
  return {
    request: requestDto(row),
    assignment: assignment ? assignmentDto(assignment) : null,
    queuePosition,
    estimatedWaitSeconds,
  };
}

export async function listRequests(ctx: TenantContext, query: RequestListQuery) {
  const limit = query.limit ?? 50;
  const after = decodeCursor(query.cursor, isIdCursor);
  const rows = await requests.listRequests(ctx.tx, { user: ctx.user }, query, {
    limit: limit + 1,
    beforeId: after?.id,
  });
  return keysetPage(rows, limit, requestDto, (row) => ({ id: row.id }));
}

/**
 * The region rule on the decision record: a region-limited reader sees the units and drivers of their region
 * only; the others are counted in the `…NotListed` totals, never named.
 */
const inRegion = (user: TenantUser, verdicts: Verdict[]) =>
  verdicts.filter((verdict) => regionAllowed(user, verdict.region));

/** Why this truck, why not that one: every automatic decision recorded for the request. */
export async function decisions(ctx: TenantContext, id: string) {
  const row = await requests.findRequest(ctx.tx, { user: ctx.user }, id);
  assertThat(row, 'not-found', `No dispatch request ${id}`);
  const events = await entityEvents(ctx.tx, {
    entity: 'dispatch-request',
    entityId: id,
    action: 'dispatch.decision',
  });
  return {
    items: events.map((event) => {
      const decision = event.after as DispatchDecision;
      const equipment = inRegion(ctx.user, decision.equipment);
      const drivers = inRegion(ctx.user, decision.drivers);
      // The chosen pair is named only when both are in the reader's region (a request without a region
      // constraint can be served from anywhere).
      const chosenVisible =
        decision.chosen !== null &&
        equipment.some((unit) => unit.id === decision.chosen!.equipmentId) &&
        drivers.some((driver) => driver.id === decision.chosen!.driverId);
      return {
        at: isoTimestamp(event.at),
        actor: { sub: event.actorSub, name: event.actorName },
        rule: decision.rule,
        trigger: decision.trigger,
        outcome: decision.outcome,
        chosen: chosenVisible ? decision.chosen : null,
        equipment,
        equipmentNotListed: decision.equipmentNotListed + decision.equipment.length - equipment.length,
        drivers,
        driversNotListed: decision.driversNotListed + decision.drivers.length - drivers.length,
      };
    }),
  };
}

/** Depth per priority of one type, from `queueDepths` rows (types without queued requests are all zeros). */
export function depthOf(rows: DepthRow[], typeId: string) {
  const depth = { urgent: 0, standard: 0, total: 0 };
  for (const row of rows) if (row.equipmentTypeId === typeId) depth[row.priority] = row.depth;
  depth.total = depth.urgent + depth.standard;
  return depth;
}

export type DepthRow = Awaited<ReturnType<typeof requests.queueDepths>>[number];

/** Queued requests in serving order, positions, depth per priority and an estimated wait (docs/dispatch.md). */
export async function queueView(ctx: TenantContext, query: QueueQuery): Promise<QueueViewDto> {
  const rows = await requests.queuedInOrder(ctx.tx, ctx.user, query.typeId, query.limit ?? 100);
  const depths = await requests.queueDepths(ctx.tx, ctx.user, query.typeId ? [query.typeId] : undefined);
  const typeIds = [
    ...new Set([...depths.map((row) => row.equipmentTypeId), ...(query.typeId ? [query.typeId] : [])]),
  ];
  const stats = new Map((await requests.turnoverStats(ctx.tx, typeIds)).map((row) => [row.type_id, row]));
  return {
    types: typeIds.map((typeId) => {
      const depth = depthOf(depths, typeId);
      const stat = stats.get(typeId);
      return {
        equipmentTypeId: typeId,
        depth,
        averageCompletionSeconds: stat?.avg_seconds ?? null,
        unitsInService: stat?.units ?? 0,
        items: rows
          .filter((row) => row.request.equipmentTypeId === typeId)
          .map((row) => ({
            position: row.position,
            estimatedWaitSeconds: estimateWait(row.position, stat),
            request: requestDto(row.request),
          })),
      };
    }),
  };
}

/**
 * Rough wait: the type's units free up on average every `avg / units` seconds, so the request at position p
 * waits about p times that. Unknown without completion history.
 */
export function estimateWait(
  position: number,
  stats: { avg_seconds: number | null; units: number } | undefined,
): number | null {
  if (!stats || stats.avg_seconds === null) return null;
  return Math.round((position * stats.avg_seconds) / Math.max(1, stats.units));
}

/**
 * An assignment as this user may see it (the region rule; a driver only their own), or undefined. For other
 * modules that hang things on assignments (attachments).
 */
export async function findVisibleAssignment(
  tx: TenantTx,
  user: TenantUser,
  id: string,
): Promise<AssignmentDto | undefined> {
  const row = await assignments.findAssignment(tx, await scopeForUser(tx, user), id);
  return row && assignmentDto(row);
}

/** How much dispatch work still hangs on a work order (the work-orders module's status rules ask). */
export function workOrderDispatchActivity(ctx: TenantContext, workOrderId: string) {
  return workOrderActivity(ctx.tx, workOrderId);
}
