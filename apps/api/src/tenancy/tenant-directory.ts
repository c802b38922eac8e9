import type { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';
import { timed, type DbTimer } from '#src/observability/db-timing';
import type { TierLimits } from '@dispatch/config';
import { tenantLimitOverrides } from '#src/rate-limits/policy';
import { normalizeIdpSettings, type TenantIdpSettings } from '#src/auth/idp-settings';
import {
  announceRegistryChange,
  TENANT_REGISTRY_CHANNEL,
  findLiveTenantBySlug,
  findLiveTenantsByIssuer,
  listLiveTenantKeys,
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
  /** The tenant's own request limits (registry `settings.rateLimits`), over its tier's defaults. */
  rateLimits: Partial<TierLimits>;
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
    rateLimits: tenantLimitOverrides(row.settings),
  };
}

/** Positive entries, misses and the key index together: each bounded, whatever callers send. */
export interface TenantDirectoryLimits {
  /** How long a found tenant (or a miss of a known key) is trusted before it is read again. */
  ttlMs: number;
  /** Most tenants kept per cache (by slug, by issuer). */
  maxEntries: number;
  /** Most misses remembered, each for at most `missTtlMs`. */
  maxMisses: number;
  missTtlMs: number;
  /**
   * An unknown key reloads the key index when it is older than this, so a tenant provisioned without an
   * announcement is found soon; a flood of unknown keys costs at most one index query per interval.
   */
  indexRefreshMs: number;
}

export interface TenantDirectoryStats {
  bySlug: number;
  byIssuer: number;
  misses: number;
  /** Live tenants in the key index (0 when it is not loaded). */
  indexedTenants: number;
}

/** Which slugs and issuers exist at all: one small query, so unknown ones never reach the database. */
interface KeyIndex {
  slugs: Set<string>;
  issuers: Set<string>;
  longestIssuer: number;
  loadedAt: number;
}

/**
 * Registry lookups cached in memory, so resolving a tenant costs no database round trip on the hot path.
 * Nothing here grows with what anonymous callers send: the caches are LRUs with a size cap, and a slug or
 * issuer no live tenant has is refused from the key index (all live slugs and issuers, bounded by the
 * registry) without a query of its own. A change anywhere publishes an invalidation through Redis and every
 * replica drops all of it.
 */
export class TenantDirectory {
  private readonly bySlug: LRUCache<string, ResolvedTenant>;
  private readonly byIssuer: LRUCache<string, ResolvedTenant>;
  /** `slug:<slug>` or `iss:<issuer>` of keys the index knew but the registry did not (changed since). */
  private readonly misses: LRUCache<string, true>;
  private readonly invalidationListeners: Array<() => void> = [];
  private index: KeyIndex | undefined;
  private indexLoading: Promise<KeyIndex> | undefined;
  /** Bumped on every clear, so a load that started before an invalidation does not repopulate stale data. */
  private generation = 0;

  constructor(
    private readonly pool: Pool,
    private readonly limits: TenantDirectoryLimits,
    private readonly redis?: Redis,
    private readonly metrics?: DbTimer,
  ) {
    const options = { max: limits.maxEntries, ttl: Math.max(1, limits.ttlMs) };
    this.bySlug = new LRUCache(options);
    this.byIssuer = new LRUCache(options);
    this.misses = new LRUCache({ max: limits.maxMisses, ttl: Math.max(1, limits.missTtlMs) });
  }

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

  async bySlugCached(slug: string): Promise<ResolvedTenant | null> {
    return this.cached(
      this.bySlug,
      `slug:${slug}`,
      slug,
      (index) => index.slugs.has(slug),
      async () => {
        const row = await findLiveTenantBySlug(registryDb(this.pool), slug);
        return row ? toResolved(row) : null;
      },
    );
  }

  /** The tenant whose registered issuer is this one; ambiguous issuers resolve to nobody. */
  async byIssuerCached(issuer: string): Promise<ResolvedTenant | null> {
    return this.cached(
      this.byIssuer,
      `iss:${issuer}`,
      issuer,
      (index) => index.issuers.has(issuer),
      async () => {
        const rows = await findLiveTenantsByIssuer(registryDb(this.pool), issuer);
        return rows.length === 1 ? toResolved(rows[0]!) : null;
      },
    );
  }

  /**
   * False when the issuer is longer than any live tenant's: such a token is refused before any lookup or
   * cache entry. Same index (and refresh rule) as the lookups.
   */
  async issuerLengthPossible(length: number): Promise<boolean> {
    if (length <= (await this.keyIndex(this.limits.ttlMs)).longestIssuer) return true;
    return length <= (await this.keyIndex(this.limits.indexRefreshMs)).longestIssuer;
  }

  /** Drops this replica's cache and tells the others to drop theirs (naming the tenant that changed, if one). */
  async invalidate(tenantId?: string): Promise<void> {
    this.clear();
    if (this.redis) await announceRegistryChange(this.redis, tenantId);
  }

  clear(): void {
    this.generation += 1;
    this.bySlug.clear();
    this.byIssuer.clear();
    this.misses.clear();
    this.index = undefined;
    this.indexLoading = undefined;
  }

  stats(): TenantDirectoryStats {
    return {
      bySlug: this.bySlug.size,
      byIssuer: this.byIssuer.size,
      misses: this.misses.size,
      indexedTenants: this.index?.slugs.size ?? 0,
    };
  }

  private async cached(
    cache: LRUCache<string, ResolvedTenant>,
    missKey: string,
    key: string,
    known: (index: KeyIndex) => boolean,
    load: () => Promise<ResolvedTenant | null>,
  ): Promise<ResolvedTenant | null> {
    const hit = cache.get(key);
    if (hit) return hit;
    if (this.misses.has(missKey)) return null;
    // Unknown to the index: no tenant, no query of its own, nothing remembered (the index answers it).
    if (
      !known(await this.keyIndex(this.limits.ttlMs)) &&
      !known(await this.keyIndex(this.limits.indexRefreshMs))
    )
      return null;
    const generation = this.generation;
    const tenant = await timed(this.metrics, 'platform', load);
    if (generation !== this.generation) return tenant;
    if (tenant) cache.set(key, tenant);
    else this.misses.set(missKey, true);
    return tenant;
  }

  private keyIndex(maxAgeMs: number): Promise<KeyIndex> | KeyIndex {
    const index = this.index;
    if (index && Date.now() - index.loadedAt < maxAgeMs) return index;
    if (!this.indexLoading) {
      const generation = this.generation;
      this.indexLoading = this.loadIndex()
        .then((loaded) => {
          if (generation === this.generation) this.index = loaded;
          return loaded;
        })
        .finally(() => {
          if (generation === this.generation) this.indexLoading = undefined;
        });
    }
    return this.indexLoading;
  }

  private async loadIndex(): Promise<KeyIndex> {
    const rows = await timed(this.metrics, 'platform', () => listLiveTenantKeys(registryDb(this.pool)));
    const issuers = new Set<string>();
    for (const row of rows) if (row.idpIssuer) issuers.add(row.idpIssuer);
    return {
      slugs: new Set(rows.map((row) => row.slug)),
      issuers,
      longestIssuer: Math.max(0, ...[...issuers].map((issuer) => issuer.length)),
      loadedAt: Date.now(),
    };
  }
}
