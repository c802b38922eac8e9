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
  /**
   * How long a found tenant is trusted. A lookup in the last quarter of that time reads it again in the
   * background (see `REFRESH_AHEAD`), so a tenant in use never waits for its entry to be read again.
   */
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
  refreshAt: number;
}

/** A found tenant, and when a lookup should start reading it again (before its entry expires). */
interface CachedTenant {
  tenant: ResolvedTenant;
  refreshAt: number;
}

/**
 * Where in an entry's lifetime a lookup starts reading it again in the background: between 75% and 90% of the
 * TTL, drawn per entry. With a plain TTL, every tenant's entry expired and was read again inside the request
 * that found it gone; tenants first seen together (a replica's start, an invalidation) expired together, so at
 * 1,000 tenants every 30 s brought a burst of ~2,000 registry queries inside requests, and the index reload
 * ahead of them. The spread keeps such a cohort from refreshing at once; the expiry itself is unchanged, so
 * nothing is trusted longer than the TTL.
 */
const REFRESH_AHEAD = { from: 0.75, spread: 0.15 };

const refreshTime = (ttlMs: number) =>
  Date.now() + ttlMs * (REFRESH_AHEAD.from + REFRESH_AHEAD.spread * Math.random());

/**
 * Registry lookups cached in memory, so resolving a tenant costs no database round trip on the hot path.
 * Nothing here grows with what anonymous callers send: the caches are LRUs with a size cap, and a slug or
 * issuer no live tenant has is refused from the key index (all live slugs and issuers, bounded by the
 * registry) without a query of its own. A change anywhere publishes an invalidation through Redis and every
 * replica drops all of it.
 */
export class TenantDirectory {
  private readonly bySlug: LRUCache<string, CachedTenant>;
  private readonly byIssuer: LRUCache<string, CachedTenant>;
  /** `missKey`s of entries being read again in the background: one read per entry at a time. */
  private readonly refreshing = new Set<string>();
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
    cache: LRUCache<string, CachedTenant>,
    missKey: string,
    key: string,
    known: (index: KeyIndex) => boolean,
    load: () => Promise<ResolvedTenant | null>,
  ): Promise<ResolvedTenant | null> {
    const hit = cache.get(key);
    if (hit) {
      if (Date.now() >= hit.refreshAt) this.refreshInBackground(cache, missKey, key, load);
      return hit.tenant;
    }
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
    if (tenant) cache.set(key, this.entryOf(tenant));
    else this.misses.set(missKey, true);
    return tenant;
  }

  /** A found tenant as cached now, with its own point in the TTL to be read again from. */
  private entryOf(tenant: ResolvedTenant): CachedTenant {
    return { tenant, refreshAt: refreshTime(this.limits.ttlMs) };
  }

  /**
   * Reads a cached tenant again while lookups go on being answered from its entry. A tenant no longer live is
   * dropped (and remembered as a miss); a failed read leaves the entry to expire, and the next lookup tries again.
   */
  private refreshInBackground(
    cache: LRUCache<string, CachedTenant>,
    missKey: string,
    key: string,
    load: () => Promise<ResolvedTenant | null>,
  ): void {
    if (this.refreshing.has(missKey)) return;
    this.refreshing.add(missKey);
    const generation = this.generation;
    timed(this.metrics, 'platform', load)
      .then((tenant) => {
        if (generation !== this.generation) return;
        if (tenant) cache.set(key, this.entryOf(tenant));
        else {
          cache.delete(key);
          this.misses.set(missKey, true);
        }
      })
      .catch(() => undefined)
      .finally(() => this.refreshing.delete(missKey));
  }

  /**
   * The key index, loaded again when older than `maxAgeMs`. At the TTL's age the index is also read again ahead of
   * time, in the background, like a cached tenant (every shared-host request consults it).
   */
  private keyIndex(maxAgeMs: number): Promise<KeyIndex> | KeyIndex {
    const index = this.index;
    if (index && Date.now() - index.loadedAt < maxAgeMs) {
      if (maxAgeMs === this.limits.ttlMs && Date.now() >= index.refreshAt && !this.indexLoading)
        this.loadIndexOnce().catch(() => undefined);
      return index;
    }
    return this.loadIndexOnce();
  }

  /** One index load at a time; a load that an invalidation overtook does not replace the index. */
  private loadIndexOnce(): Promise<KeyIndex> {
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
      refreshAt: refreshTime(this.limits.ttlMs),
    };
  }
}
