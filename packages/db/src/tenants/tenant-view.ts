import type { TenantRow } from './registry.tables';

/** A registry row as platform surfaces (API and CLI) show it: camelCase, RFC 3339 times, no secrets. */
export interface TenantView {
  id: string;
  slug: string;
  name: string;
  schema: string;
  status: TenantRow['status'];
  tier: TenantRow['tier'];
  idp: Record<string, unknown>;
  /** The tenant's own request limits (`settings.rateLimits`), null when it has its tier's. */
  rateLimits: Record<string, number> | null;
  templateVersion: string | null;
  exportLocation: string | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

const isPlainObject = (value: unknown): value is object =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function tenantView(row: TenantRow): TenantView {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    schema: row.schemaName,
    status: row.status,
    tier: row.tier,
    idp: row.idp,
    rateLimits: isPlainObject(row.settings.rateLimits)
      ? (row.settings.rateLimits as Record<string, number>)
      : null,
    templateVersion: row.templateVersion,
    exportLocation: row.exportLocation,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    deletedAt: row.deletedAt?.toISOString() ?? null,
  };
}
