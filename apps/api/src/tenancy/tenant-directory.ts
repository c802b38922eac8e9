import type { Redis } from 'ioredis';
import { normalizeIdpSettings, type TenantIdpSettings } from '../auth/idp-settings';
import {
  announceRegistryChange,
  TENANT_REGISTRY_CHANNEL,
  findLiveTenantBySlug,
  findLiveTenantsByIssuer,
  registryDb,
  type Pool,
  type TenantRow,
} from '@dispatch/db';

export interface ResolvedTenant {
  id: string;
  slug: string;
  name: string;
  schemaName: string;
  status: TenantRow['status'];
  tier: TenantRow['tier'];
  idp: Record<string, unknown>;
  /** `idp` with defaults filled in, computed once per cache load rather than on every request. */
  identity: TenantIdpSettings | undefined;
}

function toResolved(row: TenantRow): ResolvedTenant {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    schemaName: row.schemaName,
    status: row.status,
    tier: row.tier,
    idp: row.idp,
    identity: normalizeIdpSettings(row.idp),
  };
}

interface Entry {
  tenant: ResolvedTenant | null;
  expiresAt: number;
}

/**
 * Registry lookups cached in memory with a short TTL, so resolving a tenant costs no database round trip
 * on the hot path. A change anywhere publishes an invalidation through Redis and every replica drops it.
 */
export class TenantDirectory {
  private readonly bySlug = new Map<string, Entry>();
  private readonly byIssuer = new Map<string, Entry>();
  private readonly invalidationListeners: Array<() => void> = [];

  constructor(
    private readonly pool: Pool,
    private readonly ttlMs: number,
    private readonly redis?: Redis,
  ) {}

  async subscribe(subscriber: Redis): Promise<void> {
    await subscriber.subscribe(TENANT_REGISTRY_CHANNEL);
    subscriber.on('message', (channel) => {
      if (channel !== TENANT_REGISTRY_CHANNEL) return;
      this.clear();
      for (const listener of this.invalidationListeners) listener();
    });
  }

  /** Called on every replica after a tenant changed anywhere (suspension, offboarding, settings), cache dropped. */
  onInvalidate(listener: () => void): void {
    this.invalidationListeners.push(listener);
  }

  bySlugCached(slug: string): Promise<ResolvedTenant | null> {
    return this.cached(this.bySlug, slug, async () => {
      const row = await findLiveTenantBySlug(registryDb(this.pool), slug);
      return row ? toResolved(row) : null;
    });
  }

  /** The tenant whose registered issuer is this one; ambiguous issuers resolve to nobody. */
  byIssuerCached(issuer: string): Promise<ResolvedTenant | null> {
    return this.cached(this.byIssuer, issuer, async () => {
      const rows = await findLiveTenantsByIssuer(registryDb(this.pool), issuer);
      return rows.length === 1 ? toResolved(rows[0]!) : null;
    });
  }

  /** Drops this replica's cache and tells the others to drop theirs. */
  async invalidate(): Promise<void> {
    this.clear();
    if (this.redis) await announceRegistryChange(this.redis);
  }

  clear(): void {
    this.bySlug.clear();
    this.byIssuer.clear();
  }

  private async cached(
    map: Map<string, Entry>,
    key: string,
    load: () => Promise<ResolvedTenant | null>,
  ): Promise<ResolvedTenant | null> {
    const hit = map.get(key);
    if (hit && hit.expiresAt > Date.now()) return hit.tenant;
    const tenant = await load();
    map.set(key, { tenant, expiresAt: Date.now() + this.ttlMs });
    return tenant;
  }
}
