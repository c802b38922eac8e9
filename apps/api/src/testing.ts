/**
 * `@dispatch/api/testing`: what tests outside the API (CLI, bench) use to run it, so none of them reaches into
 * `apps/api/src` by relative path. Test-only: nothing in the server imports this file.
 */
export {
  API_AUDIENCE,
  BASE_DOMAIN,
  createApiTestContext,
  type ApiTestContext,
  type TestTenant,
} from './test/api-test-context';
export {
  adminTenant,
  completeAssignment,
  createDriver,
  createEquipment,
  createType,
  createWorkOrder,
  moveAssignment,
  requestDispatch,
  tenantClient,
  tenantSql,
  unique,
  type ApiResponse,
  type TenantClient,
} from './test/fleet-fixtures';
export { spawnReplica, type ReplicaProcess } from './test/realtime-support';
