import type { WorkOrder } from '../api/types';

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
