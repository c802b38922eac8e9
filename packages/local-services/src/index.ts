export { findFreePort } from './ports';
export { ensureRedisServerBinary, findExecutable } from './binaries';
export { startRedisServer, type RedisServer, type RedisServerOptions } from './redis-server';
export { startPgBouncer, type PgBouncer, type PgBouncerOptions, type PgBouncerPoolMode } from './pgbouncer';
export {
  startEmbeddedPostgres,
  type EmbeddedPostgresOptions,
  type EmbeddedPostgresServer,
} from './embedded-postgres';
export {
  resolveTestServices,
  type ResolveTestServicesOptions,
  type ServiceSource,
  type TestServices,
} from './test-services';
export type { ProvidedTestServices, ProvidedObjectStore } from './provided-context';
export { ensureAppRole } from './app-role';
export {
  startRadosGateway,
  radosGatewayBinaries,
  RADOS_GATEWAY_PACKAGES,
  type RadosGateway,
  type RadosGatewayOptions,
} from './rados-gateway';
export {
  startPostgresCluster,
  postgresBinDir,
  type PostgresCluster,
  type PostgresClusterOptions,
} from './postgres-cluster';
