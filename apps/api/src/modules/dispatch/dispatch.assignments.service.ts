import { AppError, assertThat } from '#src/kernel/problems';
import { decodeCursor } from '#src/kernel/cursor';
import { isDriverOnly } from '#src/auth/access';
import { keysetPage } from '#src/kernel/paging';
import type { TenantContext } from '#src/kernel/tenant-context';
import type { UnitOfWork } from '#src/kernel/unit-of-work';
import * as repository from './dispatch.assignments.repository';
import { assignmentDto } from './dispatch.dto';
import type { AssignmentStatus } from './dispatch.tables';
import type { AssignmentListQuery, StatusChange } from './dispatch.schemas';
import type { DispatchService } from './dispatch.service';
import { scopeForUser } from './dispatch.scope';
import { ASSIGNMENT_COMPLETED } from './dispatch.signals';
import { assignmentReleased } from '#src/modules/fleet/index';

/** The lifecycle: dispatched → en_route → on_site → completed; cancelled from any non-final state. */
export const ALLOWED_FROM: Record<StatusChange['status'], readonly AssignmentStatus[]> = {
  en_route: ['dispatched'],
  on_site: ['en_route'],
  completed: ['on_site'],
  cancelled: ['dispatched', 'en_route', 'on_site'],
};

const isIdCursor = (value: Record<string, unknown>): value is { id: string } => typeof value.id === 'string';

export async function listAssignments(ctx: TenantContext, query: AssignmentListQuery) {
  const limit = query.limit ?? 50;
  const after = decodeCursor(query.cursor, isIdCursor);
  const scope = await scopeForUser(ctx.tx, ctx.user);
  const rows = await repository.listAssignments(ctx.tx, scope, query, {
    limit: limit + 1,
    beforeId: after?.id,
  });
  return keysetPage(rows, limit, assignmentDto, (row) => ({ id: row.id }));
}

export async function getAssignment(ctx: TenantContext, id: string) {
  const row = await repository.findAssignment(ctx.tx, await scopeForUser(ctx.tx, ctx.user), id);
  assertThat(row, 'not-found', `No assignment ${id}`);
  return assignmentDto(row);
}

/**
 * A lifecycle step. The UPDATE only matches a row whose current status allows the step (and a trigger checks
 * it again), so an illegal step changes nothing and answers 409. Completion and cancellation free the unit
 * (to maintenance if it was marked for it) and the driver, and the capacity they free serves the queue
 * before COMMIT (rule 4).
 */
export async function changeStatus(
  service: DispatchService,
  uow: UnitOfWork,
  id: string,
  change: StatusChange,
) {
  const scope = await scopeForUser(uow.tx, uow.user);
  if (isDriverOnly(uow.user) && change.status === 'cancelled') {
    throw new AppError(
      'drivers-cannot-cancel',
      'Drivers move their assignments forward; a dispatcher cancels them',
    );
  }
  const moved = await service.transitionAssignment(
    uow.tx,
    scope,
    id,
    change.status,
    ALLOWED_FROM[change.status],
    change.note,
  );
  if (!moved) {
    const current = await repository.findAssignment(uow.tx, scope, id, { forUpdate: true });
    assertThat(current, 'not-found', `No assignment ${id}`);
    throw new AppError(
      'illegal-transition',
      `An assignment cannot go from ${current.status} to ${change.status}`,
    );
  }
  const { before: current, after: row } = moved;
  const dto = assignmentDto(row);
  uow.audit({
    action: `assignment.${change.status}`,
    entity: 'assignment',
    entityId: id,
    before: assignmentDto(current),
    after: dto,
  });
  uow.emit({
    type: 'assignment.updated',
    payload: dto,
    audience: { regions: [row.region, row.equipmentRegion], driverId: row.driverId },
  });
  const step = `assignment ${row.id} ${change.status}`;
  if (moved.startRow) service.workOrders.start.record(uow, moved.startRow, step);
  if (change.status === 'completed') uow.signal(ASSIGNMENT_COMPLETED, row.workOrderId, step);
  if (change.status !== 'completed' && change.status !== 'cancelled') return dto;
  service.assignmentEnded(uow, row);
  // The step's statement freed the unit and the driver; the fleet audits and announces it.
  assignmentReleased(uow, moved.released ?? {}, row, step);
  return dto;
}
