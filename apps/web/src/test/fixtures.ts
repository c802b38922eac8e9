import type {
  Assignment,
  DispatchRequest,
  Driver,
  Equipment,
  EquipmentType,
  QueueEntry,
  QueueView,
  WorkOrder,
} from '../api/types';

export function makeWorkOrder(overrides: Partial<WorkOrder> = {}): WorkOrder {
  return {
    id: crypto.randomUUID(),
    number: 'WO-000001',
    title: 'Lift roof trusses',
    siteAddress: '1 Harbour Rd',
    region: 'north',
    status: 'open',
    notes: null,
    location: null,
    windowStart: null,
    windowEnd: null,
    createdAt: '2026-11-29T08:00:00.000Z',
    updatedAt: '2026-11-29T08:00:00.000Z',
    createdBy: { sub: 'user-1', name: 'Dana' },
    ...overrides,
  };
}

export const CRANE = '11111111-1111-4111-8111-111111111111';
export const FLATBED = '22222222-2222-4222-8222-222222222222';

export function makeTypes(): EquipmentType[] {
  return [
    { id: CRANE, name: 'Crane 50t', description: null, createdAt: '2026-11-01T00:00:00.000Z' },
    { id: FLATBED, name: 'Flatbed', description: null, createdAt: '2026-11-01T00:00:00.000Z' },
  ];
}

export function makeRequest(overrides: Partial<DispatchRequest> = {}): DispatchRequest {
  return {
    id: crypto.randomUUID(),
    workOrderId: crypto.randomUUID(),
    workOrderNumber: 'WO-000010',
    equipmentTypeId: CRANE,
    priority: 'standard',
    region: null,
    status: 'queued',
    wasQueued: true,
    requestedBy: { sub: 'user-1', name: 'Dana' },
    createdAt: '2026-11-29T09:00:00.000Z',
    dispatchedAt: null,
    cancelledAt: null,
    ...overrides,
  };
}

/** A queue view as the API answers it: entries in the order given, positions numbered per type. */
export function makeQueue(
  entries: { request: DispatchRequest; estimatedWaitSeconds?: number | null }[],
): QueueView {
  const byType = new Map<string, QueueEntry[]>();
  for (const { request, estimatedWaitSeconds = null } of entries) {
    const list = byType.get(request.equipmentTypeId) ?? [];
    list.push({ request, position: list.length + 1, estimatedWaitSeconds });
    byType.set(request.equipmentTypeId, list);
  }
  return {
    types: [...byType].map(([equipmentTypeId, items]) => ({
      equipmentTypeId,
      items,
      depth: {
        total: items.length,
        urgent: items.filter((i) => i.request.priority === 'urgent').length,
        standard: items.filter((i) => i.request.priority === 'standard').length,
      },
      unitsInService: 2,
      averageCompletionSeconds: 1800,
    })),
  };
}

export function makeAssignment(overrides: Partial<Assignment> = {}): Assignment {
  return {
    id: crypto.randomUUID(),
    requestId: crypto.randomUUID(),
    workOrderId: crypto.randomUUID(),
    workOrderNumber: 'WO-000020',
    equipmentId: crypto.randomUUID(),
    equipmentIdentifier: 'CR-01',
    equipmentTypeId: CRANE,
    equipmentRegion: 'north',
    driverId: crypto.randomUUID(),
    driverName: 'Sam Driver',
    region: 'north',
    status: 'dispatched',
    note: null,
    dispatchedAt: '2026-11-29T09:00:00.000Z',
    enRouteAt: null,
    onSiteAt: null,
    completedAt: null,
    cancelledAt: null,
    updatedAt: '2026-11-29T09:00:00.000Z',
    ...overrides,
  };
}

export function makeDriver(overrides: Partial<Driver> = {}): Driver {
  return {
    id: crypto.randomUUID(),
    name: 'Sam Driver',
    phone: null,
    region: 'north',
    shiftStatus: 'on_shift',
    activeAssignmentId: null,
    idleSince: '2026-11-29T08:00:00.000Z',
    userSub: null,
    qualifications: [
      { equipmentTypeId: CRANE, equipmentTypeName: 'Crane 50t', expiresAt: null, current: true },
    ],
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    ...overrides,
  };
}

export function makeEquipment(overrides: Partial<Equipment> = {}): Equipment {
  return {
    id: crypto.randomUUID(),
    identifier: 'CR-01',
    typeId: CRANE,
    typeName: 'Crane 50t',
    region: 'north',
    status: 'available',
    maintenanceRequested: false,
    nextMaintenanceOn: null,
    notes: null,
    idleSince: '2026-11-29T08:00:00.000Z',
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    ...overrides,
  };
}
