import type {
  CopyProgress,
  ResealProgress,
  ResealReport,
  SecretBox,
  TableCount,
  TenantTier,
} from '@dispatch/db';

/** A tenant as both transports return it (the API's TenantDto shape). */
export interface Tenant {
  id: string;
  slug: string;
  name: string;
  schema: string;
  status: string;
  tier: string;
  idp: Record<string, unknown>;
  /** The tenant's own request limits over its tier's defaults, null when it has none. */
  rateLimits?: Record<string, number> | null;
  templateVersion: string | null;
  exportLocation: string | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

export interface CreateTenantInput {
  slug: string;
  name: string;
  tier: TenantTier;
  idp?: Record<string, unknown>;
}

export interface MigrationStatus {
  latestVersion: string | null;
  tenants: { slug: string; version: string | null; pending: number }[];
  /** The API's last background run; direct mode has none. */
  lastRun?: Record<string, unknown> | null;
}

export interface MigrationProgress {
  done: number;
  total: number;
  failed: number;
}

export interface MigrationFailure {
  slug: string;
  error: string;
}

export interface MigrationReport {
  total: number;
  done: number;
  migrated: number;
  failed: MigrationFailure[];
  /** Stopped before every tenant was attempted; a re-run continues. */
  interrupted: boolean;
  /** API mode: we stopped watching, but the run goes on on the server. */
  detached?: boolean;
}

export interface MigrateOptions {
  tenantSlug?: string;
  concurrency?: number;
  signal: AbortSignal;
  onProgress(progress: MigrationProgress): void;
}

export interface BackupOptions {
  /** Destination folder (a file sink today; s3:// with the S3 sink); defaults to TENANT_EXPORT_DIR. */
  to?: string;
  onProgress(progress: CopyProgress): void;
}

export interface BackupSummary {
  slug: string;
  tenantId: string;
  location: string;
  bytes: number;
  takenAt: string;
  templateVersion: string | null;
  tables: TableCount[];
  rows: number;
  durationMs: number;
}

export interface RestoreOptions {
  slug: string;
  /** A backup file, or a destination folder to take the newest backup of `slug` from (default TENANT_EXPORT_DIR). */
  from?: string;
  into?: string;
  replace: boolean;
  onProgress(progress: CopyProgress): void;
}

export interface RestoreSummary {
  slug: string;
  tenantId: string;
  location: string;
  created: boolean;
  replaced: boolean;
  source: { id: string; slug: string; takenAt: string };
  backupVersion: string | null;
  templateVersion: string | null;
  migrated: string[];
  tables: TableCount[];
  rows: number;
  sequences: number;
  durationMs: number;
  /** Whether the API's reconciler was asked (through Redis) to rebuild the dispatch queue now. */
  queueRebuildRequested: boolean;
}

export type SettableStatus = 'trial' | 'active' | 'suspended';
export type RateLimitOverrides = Partial<Record<'user' | 'tenant' | 'reports', number>>;

/** What the commands need from the platform, whether through the HTTP API or straight from the database. */
export interface PlatformClient {
  readonly mode: 'direct' | 'api';
  /** Whether running API replicas hear about registry changes at once (always through the API; via Redis in direct mode). */
  readonly announcesChanges: boolean;
  /** One line for the banner: where this client talks to. */
  readonly description: string;
  createTenant(input: CreateTenantInput): Promise<{ tenant: Tenant; created: boolean }>;
  listTenants(options: { includeDeleted: boolean }): Promise<Tenant[]>;
  /** By id, or by slug among live tenants. */
  getTenant(ref: string): Promise<Tenant>;
  setStatus(id: string, status: SettableStatus): Promise<Tenant>;
  /** Sets the tenant's own request limits (given fields replace the tier's), or clears them with null. */
  setRateLimits(id: string, limits: RateLimitOverrides | null): Promise<Tenant>;
  /** Exports then drops; resolves with the tombstone (and its export location) once both are done. */
  deleteTenant(id: string): Promise<Tenant>;
  migrationStatus(): Promise<MigrationStatus>;
  migrateTenants(options: MigrateOptions): Promise<MigrationReport>;
  migratePlatform(): Promise<{ applied: string[] }>;
  /** One consistent snapshot of a live tenant to the backup sink (direct mode). */
  backupTenant(slug: string, options: BackupOptions): Promise<BackupSummary>;
  /** Restores a backup in place or into another slug, in one transaction (direct mode). */
  restoreTenant(options: RestoreOptions): Promise<RestoreSummary>;
  /** Re-seals every secret stored in Postgres under the box's current key (direct mode). */
  resealSecrets(options: ResealSecretsOptions): Promise<ResealReport>;
  close(): Promise<void>;
}

export interface ResealSecretsOptions {
  box: SecretBox;
  batchSize?: number;
  maxBatches?: number;
  signal?: AbortSignal;
  onProgress(progress: ResealProgress): void;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => UUID.test(value);
