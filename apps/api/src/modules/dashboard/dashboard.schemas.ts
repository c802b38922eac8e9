import { Type, type Static } from 'typebox';
import { Uuid } from '#src/http/common.schemas';

const ActiveAssignment = Type.Object({
  id: Uuid,
  status: Type.String(),
  workOrderNumber: Type.String(),
  equipmentIdentifier: Type.String(),
  driverName: Type.String(),
  region: Type.String(),
  dispatchedAt: Type.String({ format: 'date-time' }),
});

export const Dashboard = Type.Object({
  generatedAt: Type.String({ format: 'date-time' }),
  activeAssignments: Type.Object({
    total: Type.Integer(),
    byStatus: Type.Object({ dispatched: Type.Integer(), en_route: Type.Integer(), on_site: Type.Integer() }),
    latest: Type.Array(ActiveAssignment),
  }),
  equipmentByType: Type.Array(
    Type.Object({
      equipmentTypeId: Uuid,
      name: Type.String(),
      available: Type.Integer(),
      dispatched: Type.Integer(),
      maintenance: Type.Integer(),
      retired: Type.Integer(),
    }),
  ),
  queueDepth: Type.Array(
    Type.Object({
      equipmentTypeId: Uuid,
      name: Type.String(),
      urgent: Type.Integer(),
      standard: Type.Integer(),
      total: Type.Integer(),
      oldestQueuedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    }),
  ),
  counts: Type.Object({
    workOrders: Type.Object({ open: Type.Integer(), inProgress: Type.Integer() }),
    drivers: Type.Object({ onShift: Type.Integer(), offShift: Type.Integer(), busy: Type.Integer() }),
    requestsLast24h: Type.Integer(),
    completedLast24h: Type.Integer(),
  }),
});
export type DashboardDto = Static<typeof Dashboard>;
