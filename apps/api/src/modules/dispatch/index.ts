export { dispatchPlugin, type DispatchRuntime } from './dispatch.plugin';
export { dispatchRequestRoutes } from './dispatch.requests.routes';
export { dispatchAssignmentRoutes } from './dispatch.assignments.routes';
export { DispatchQueue, queueKeys, queueScore } from './dispatch.queue';
export { QUEUE_ACTOR } from './dispatch.service';
export { changeStatus as changeAssignmentStatus } from './dispatch.assignments.service';
export { findVisibleAssignment } from './dispatch.reads';
