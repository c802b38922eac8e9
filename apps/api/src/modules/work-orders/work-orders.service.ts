import { uuidv7 } from 'uuidv7';
import type { TenantUser } from '#src/auth/tenant-user';
import { AppError, assertThat, badRequest } from '#src/kernel/problems';
import { decodeCursor } from '#src/kernel/cursor';
import { assertRegionAllowed, isDriverOnly } from '#src/auth/access';
import { iso, keysetPage } from '#src/kernel/paging';
import type { TenantContext } from '#src/kernel/tenant-context';
import type { UnitOfWork } from '#src/kernel/unit-of-work';
import { workOrderDispatchActivity } from '#src/modules/dispatch/index';
import * as repository from './work-orders.repository';
import type { WorkOrderRow, WorkOrderStatus } from './work-orders.table';
import type {
  WorkOrderCreate,
  WorkOrderDto,
  WorkOrderListQuery,
  WorkOrderUpdate,
} from './work-orders.schemas';
import { isoTimestamp } from '#src/kernel/iso-timestamp';

export const toDto = (row: WorkOrderRow): WorkOrderDto => ({
  id: row.id,
  number: row.number,
  title: row.title,
  siteAddress: row.siteAddress,
  location:
    row.latitude === null || row.longitude === null
      ? null
      : { latitude: row.latitude, longitude: row.longitude },
  region: row.region,
  windowStart: iso(row.windowStart),
  windowEnd: iso(row.windowEnd),
  notes: row.notes,
  status: row.status,
  createdBy: { sub: row.createdBySub, name: row.createdByName },
  createdAt: isoTimestamp(row.createdAt),
  updatedAt: isoTimestamp(row.updatedAt),
});

const scopeOf = (user: TenantUser): repository.Visibility =>
  isDriverOnly(user) ? { user, driverSub: user.sub } : { user };

const isCursor = (value: Record<string, unknown>): value is { seq: number } =>
  typeof value.seq === 'number' && Number.isSafeInteger(value.seq);

export async function listWorkOrders(ctx: TenantContext, query: WorkOrderListQuery) {
  const limit = query.limit ?? 50;
  const after = decodeCursor(query.cursor, isCursor);
  const rows = await repository.listWorkOrders(ctx.tx, scopeOf(ctx.user), query, {
    limit: limit + 1,
    beforeSeq: after?.seq,
  });
  return keysetPage(rows, limit, toDto, (row) => ({ seq: row.seq }));
}

export async function getWorkOrder(ctx: TenantContext, id: string) {
  const row = await repository.findWorkOrder(ctx.tx, scopeOf(ctx.user), id);
  assertThat(row, 'not-found', `No work order ${id}`);
  return toDto(row);
}

function checkWindow(start: Date | null, end: Date | null) {
  if (start && end && end < start) throw badRequest('windowEnd must not be before windowStart', 'windowEnd');
}

const date = (value: string | null | undefined) =>
  value === undefined ? undefined : value === null ? null : new Date(value);

export async function createWorkOrder(uow: UnitOfWork, input: WorkOrderCreate) {
  assertRegionAllowed(uow.user, input.region);
  const windowStart = date(input.windowStart) ?? null;
  const windowEnd = date(input.windowEnd) ?? null;
  checkWindow(windowStart, windowEnd);
  const row = await repository.insertNumberedWorkOrder(uow.tx, {
    id: uuidv7(),
    title: input.title,
    siteAddress: input.siteAddress,
    latitude: input.location?.latitude ?? null,
    longitude: input.location?.longitude ?? null,
    region: input.region,
    windowStart,
    windowEnd,
    notes: input.notes ?? null,
    status: 'open',
    createdBySub: uow.user.sub,
    createdByName: uow.user.name,
  });
  const dto = toDto(row);
  uow.audit({ action: 'work-order.created', entity: 'work-order', entityId: row.id, after: dto });
  uow.emit({ type: 'workorder.updated', payload: dto, audience: { region: dto.region } });
  return dto;
}

const TRANSITIONS: Record<WorkOrderStatus, readonly WorkOrderStatus[]> = {
  open: ['in_progress', 'completed', 'cancelled'],
  in_progress: ['open', 'completed', 'cancelled'],
  completed: [],
  cancelled: [],
};

export async function updateWorkOrder(uow: UnitOfWork, id: string, input: WorkOrderUpdate) {
  // FOR UPDATE waits for dispatch requests in flight (they hold FOR SHARE), so the activity check below is current.
  const before = await repository.findWorkOrder(uow.tx, { user: uow.user }, id, 'update');
  assertThat(before, 'not-found', `No work order ${id}`);
  if (input.region !== undefined) assertRegionAllowed(uow.user, input.region);
  const status = input.status ?? before.status;
  if (status !== before.status && !TRANSITIONS[before.status].includes(status)) {
    throw new AppError('illegal-transition', `A work order cannot go from ${before.status} to ${status}`);
  }
  if (before.status === 'completed' || before.status === 'cancelled') {
    throw new AppError(
      'work-order-closed',
      `Work order ${before.number} is ${before.status} and can no longer change`,
    );
  }
  const regionChanges = input.region !== undefined && input.region !== before.region;
  if (regionChanges || status === 'completed' || status === 'cancelled') {
    const activity = await workOrderDispatchActivity(uow, id);
    if (regionChanges && activity.requests > 0) {
      throw new AppError(
        'work-order-dispatched',
        'The region of a work order with dispatch requests cannot change',
      );
    }
    if ((status === 'completed' || status === 'cancelled') && activity.queued + activity.active > 0) {
      throw new AppError(
        'work-order-busy',
        `Work order ${before.number} has ${activity.queued} queued request(s) and ${activity.active} active assignment(s); finish or cancel them first`,
      );
    }
  }
  const windowStart = input.windowStart === undefined ? before.windowStart : date(input.windowStart)!;
  const windowEnd = input.windowEnd === undefined ? before.windowEnd : date(input.windowEnd)!;
  checkWindow(windowStart, windowEnd);
  const row = await repository.updateWorkOrder(uow.tx, id, {
    title: input.title,
    siteAddress: input.siteAddress,
    latitude: input.location === undefined ? undefined : (input.location?.latitude ?? null),
    longitude: input.location === undefined ? undefined : (input.location?.longitude ?? null),
    region: input.region,
    windowStart,
    windowEnd,
    notes: input.notes,
    status,
  });
  const dto = toDto(row);
  uow.audit({
    action: 'work-order.updated',
    entity: 'work-order',
    entityId: id,
    before: toDto(before),
    after: dto,
  });
  uow.emit({ type: 'workorder.updated', payload: dto, audience: { region: dto.region } });
  return dto;
}
