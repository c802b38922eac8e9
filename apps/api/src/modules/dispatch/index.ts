/**
 * Dispatch: requests, assignments and the queue. It owns their tables (dispatch_requests, assignments,
 * idempotency_keys); the fleet gives it units and drivers, and the work-orders module asks it, through the
 * functions below, what dispatch work hangs on a work order and which ones a driver may see.
 */
export { dispatchPlugin, type DispatchRuntime } from './dispatch.plugin';
export { dispatchRequestRoutes } from './dispatch.requests.routes';
export { dispatchAssignmentRoutes } from './dispatch.assignments.routes';
export { DispatchQueue, queueKeys, queueScore } from './dispatch.queue';
export { changeStatus as changeAssignmentStatus } from './dispatch.assignments.service';
export { findVisibleAssignment, workOrderDispatchActivity } from './dispatch.reads';
export {
  noDispatchWorkLeftFilter,
  visibleToDriverFilter,
  type WorkOrderDispatchActivity,
  type WorkOrderLookup,
} from './dispatch.work-orders.repository';
export { ASSIGNMENT_COMPLETED } from './dispatch.signals';
