import { and, asc, eq, gt, ne } from 'drizzle-orm';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { Pool } from '../pool';
import { tenants, platformAuditEvents, type TenantRow } from './registry.tables';
import { uuidv7 } from 'uuidv7';

type Db = NodePgDatabase;

export function registryDb(pool: Pool): Db {
  return drizzle(pool, { casing: 'snake_case' });
}

const live = ne(tenants.status, 'deleted');

export async function findLiveTenantBySlug(db: Db, slug: string): Promise<TenantRow | undefined> {
  const [row] = await db
    .select()
    .from(tenants)
    .where(and(eq(tenants.slug, slug), live))
    .limit(1);
  return row;
}

export async function findTenantById(db: Db, id: string): Promise<TenantRow | undefined> {
  const [row] = await db.select().from(tenants).where(eq(tenants.id, id)).limit(1);
  return row;
}

export async function findLiveTenantsByIssuer(db: Db, issuer: string): Promise<TenantRow[]> {
  return db
    .select()
    .from(tenants)
    .where(and(eq(tenants.idpIssuer, issuer), live))
    .limit(2);
}

/**
 * The slug and issuer of every live tenant: what the API's tenant directory checks a host or token against
 * before it spends a lookup on it. Small (two short strings per tenant) and bounded by the registry.
 */
export async function listLiveTenantKeys(db: Db): Promise<Array<{ slug: string; idpIssuer: string | null }>> {
  return db.select({ slug: tenants.slug, idpIssuer: tenants.idpIssuer }).from(tenants).where(live);
}

/**
 * Keyset page over the registry in creation order. Ids are UUIDv7 (time-ordered), so the id alone is the key:
 * no timestamp round-trips through JavaScript's millisecond Date and loses the microseconds.
 */
export async function listTenants(
  db: Db,
  options: { limit: number; afterId?: string; includeDeleted?: boolean },
): Promise<TenantRow[]> {
  return db
    .select()
    .from(tenants)
    .where(
      and(
        options.includeDeleted ? undefined : live,
        options.afterId ? gt(tenants.id, options.afterId) : undefined,
      ),
    )
    .orderBy(asc(tenants.id))
    .limit(options.limit);
}

export async function listLiveTenantsForMigration(db: Db): Promise<TenantRow[]> {
  return db
    .select()
    .from(tenants)
    .where(and(ne(tenants.status, 'deleted'), ne(tenants.status, 'offboarding')))
    .orderBy(asc(tenants.id));
}

export async function updateTenant(
  db: Db,
  id: string,
  patch: Partial<
    Pick<
      TenantRow,
      'status' | 'tier' | 'name' | 'idp' | 'idpIssuer' | 'settings' | 'exportLocation' | 'deletedAt'
    >
  >,
): Promise<TenantRow | undefined> {
  const [row] = await db
    .update(tenants)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(tenants.id, id))
    .returning();
  return row;
}

export interface PlatformAuditInput {
  actor: string;
  action: string;
  tenantId?: string | null;
  detail?: Record<string, unknown>;
  requestId?: string | null;
}

export async function recordPlatformAudit(db: Db, event: PlatformAuditInput): Promise<void> {
  await db.insert(platformAuditEvents).values({
    id: uuidv7(),
    actor: event.actor,
    action: event.action,
    tenantId: event.tenantId ?? null,
    detail: event.detail ?? {},
    requestId: event.requestId ?? null,
  });
}
