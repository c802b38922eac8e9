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
  templateVersion: string | null;
  exportLocation: string | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

export function tenantView(row: TenantRow): TenantView {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    schema: row.schemaName,
    status: row.status,
    tier: row.tier,
    idp: row.idp,
    templateVersion: row.templateVersion,
    exportLocation: row.exportLocation,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    deletedAt: row.deletedAt?.toISOString() ?? null,
  };
}
