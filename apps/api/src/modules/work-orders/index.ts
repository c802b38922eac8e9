export { workOrderRoutes } from './work-orders.routes';
export type { WorkOrderRow, WorkOrderStatus } from './work-orders.table';
export { findWorkOrder, workOrderToDispatch } from './work-orders.repository';
export { createWorkOrder } from './work-orders.service';
