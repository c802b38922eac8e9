export { createPool, type Pool, type PoolClient, type PoolOptions } from './pool';
export { TenantAffinePool, laneIndex, laneRouting, type LaneRouting } from './tenant-affine-pool';
export { withTenantReads } from './tenant-reads';
export { tenantIdColumn } from './tenant-column';
export { inlineParameters } from './inline-parameters';
export {
  statementBuilder,
  tenantStatement,
  tenantStatementsByShape,
  tenantSqlStatementsByShape,
  tenantSqlStatement,
  type TenantStatement,
} from './tenant-statements';
export { columnList, labelled, rowOf, typedPlaceholders } from './statement-parts';
export {
  withTenantTransaction,
  withTransaction,
  tenantBeginStatement,
  tenantContextStatement,
  type TenantClient,
  type TenantScope,
  type TenantTx,
  type TenantTransactionOptions,
} from './tenant-transaction';
export {
  TenancyError,
  DatabaseUnavailableError,
  isDatabaseUnavailable,
  isStalePlan,
  issuerInUse,
  LIVE_ISSUER_INDEX,
  type TenancyErrorCode,
} from './errors';
export { grantPlatformAccess } from './roles';
export { migratePlatform } from './migrations/platform-migrator';
export {
  migrateTenants,
  tenantMigrationStatus,
  type MigrateTenantsOptions,
  type MigrateTenantsReport,
  type TenantMigrationOutcome,
} from './migrations/tenant-migrator';
export { readMigrationFiles, type MigrationFile } from './migrations/migration-files';
export { PLATFORM_MIGRATIONS_DIR, TENANT_TEMPLATES_DIR } from './migrations/paths';
export { assertValidSlug, schemaNameForSlug, RESERVED_SLUGS } from './tenants/slug';
export {
  tenants,
  TENANT_STATUSES,
  TENANT_TIERS,
  type TenantRow,
  type TenantStatus,
  type TenantTier,
} from './tenants/registry.tables';
export * from './tenants/registry.repository';
export {
  provisionTenant,
  type ProvisionTenantInput,
  type ProvisionOptions,
  type ProvisionResult,
} from './tenants/provisioning';
export { offboardTenant } from './tenants/offboarding';
export { changeTenant, type TenantChange, type TenantPatch } from './tenants/tenant-change';
export { fileExportSink, type ExportSink, type StoredExport } from './exports/export-sink';
export { s3ExportSink, type S3ExportSinkOptions } from './exports/s3-export-sink';
export { TENANT_REGISTRY_CHANNEL, announceRegistryChange, type Publisher } from './tenants/registry-changes';
export { tenantView, type TenantView } from './tenants/tenant-view';
export {
  BACKUP_SUFFIX,
  type BackupHeader,
  type CopyProgress,
  type TableCount,
} from './backups/backup-format';
export { exportTenantSnapshot, type SnapshotResult } from './backups/tenant-snapshot';
export { backupTenant, backupFolder, latestBackup, type BackupTenantResult } from './backups/tenant-backup';
export { restoreTenant, type RestoreTenantOptions, type RestoreTenantResult } from './backups/tenant-restore';
export {
  reconcilerSentinelKey,
  dispatchDeploymentKey,
  requestQueueRebuild,
  tenantQueueCompleteKey,
} from './backups/queue-rebuild';
export { SecretBox, SecretBoxError, secretKeyId, sealedKeyId } from './secrets/secret-box';
export { SEALED_STORES, idpClientSecretContext, type SealedStore } from './secrets/stored-secrets';
export {
  resealStoredSecrets,
  type ResealCount,
  type ResealFailure,
  type ResealOptions,
  type ResealProgress,
  type ResealReport,
} from './secrets/reseal-secrets';
export { SwappablePool } from './credentials/swappable-pool';
export { LeasedPool, withCredentials, type LeasedPoolOptions } from './credentials/leased-pool';
export type {
  CredentialEvent,
  CredentialIssuer,
  DatabaseCredentialSources,
  DatabaseLease,
} from './credentials/credential-issuer';
export {
  VAULT_ROLE_STATEMENT_FILES,
  PGBOUNCER_AUTH_FILE,
  renderVaultStatements,
  vaultExpiration,
  type VaultStatementKind,
  type VaultStatementValues,
} from './roles/vault-statements';
