import { iso } from '#src/kernel/paging';
import type { AssignmentRow, DispatchRequestRow } from './dispatch.tables';
import type { AssignmentDto, DispatchRequestDto } from './dispatch.schemas';
import { isoTimestamp } from '#src/kernel/iso-timestamp';

export const requestDto = (row: DispatchRequestRow): DispatchRequestDto => ({
  id: row.id,
  workOrderId: row.workOrderId,
  workOrderNumber: row.workOrderNumber,
  equipmentTypeId: row.equipmentTypeId,
  priority: row.priority,
  region: row.region,
  status: row.status,
  wasQueued: row.wasQueued,
  requestedBy: { sub: row.requestedBySub, name: row.requestedByName },
  createdAt: isoTimestamp(row.createdAt),
  dispatchedAt: iso(row.dispatchedAt),
  cancelledAt: iso(row.cancelledAt),
});

export const assignmentDto = (row: AssignmentRow): AssignmentDto => ({
  id: row.id,
  requestId: row.requestId,
  workOrderId: row.workOrderId,
  workOrderNumber: row.workOrderNumber,
  equipmentId: row.equipmentId,
  equipmentIdentifier: row.equipmentIdentifier,
  equipmentTypeId: row.equipmentTypeId,
  driverId: row.driverId,
  driverName: row.driverName,
  region: row.region,
  equipmentRegion: row.equipmentRegion,
  status: row.status,
  note: row.note,
  dispatchedAt: isoTimestamp(row.dispatchedAt),
  enRouteAt: iso(row.enRouteAt),
  onSiteAt: iso(row.onSiteAt),
  completedAt: iso(row.completedAt),
  cancelledAt: iso(row.cancelledAt),
  updatedAt: isoTimestamp(row.updatedAt),
});
