export { workOrderRoutes } from './work-orders.routes';
export type { WorkOrderRow, WorkOrderStatus } from './work-orders.table';
export { findWorkOrder, workOrderLockedForCompletion, workOrderToDispatch } from './work-orders.repository';
export { createWorkOrder } from './work-orders.service';
export { workOrderStart } from './work-orders.progress';
