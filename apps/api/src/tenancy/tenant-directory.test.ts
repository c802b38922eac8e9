import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DbTimer } from '#src/observability/db-timing';
import { useApiHarness } from '#src/test/api-harness';
import { TenantDirectory } from './tenant-directory';

const ctx = useApiHarness();
const TTL_MS = 60_000;

/** Counts the directory's registry queries: started, and finished. */
function countingTimer() {
  const count = { started: 0, finished: 0 };
  const timer: DbTimer = {
    dbQueryDuration: {
      startTimer: () => {
        count.started += 1;
        return () => (count.finished += 1);
      },
    },
  };
  return { count, timer };
}

function directoryWith(timer: DbTimer) {
  return new TenantDirectory(
    ctx.app.db.app,
    { ttlMs: TTL_MS, maxEntries: 100, maxMisses: 100, missTtlMs: 5_000, indexRefreshMs: 1_000 },
    undefined,
    timer,
  );
}

async function until(condition: () => boolean): Promise<void> {
  for (let waited = 0; !condition(); waited += 10) {
    if (waited > 5_000) throw new Error('timed out waiting for the background read');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * Moves the wall clock `ms` ahead. Only `Date` is faked: the caches' own expiry runs on `performance.now()` and
 * keeps real time, so an entry is past its refresh time and not expired.
 */
function clockAhead(ms: number): void {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.now() + ms);
}

afterEach(() => {
  vi.useRealTimers();
});

describe('tenant directory, refresh ahead of expiry', () => {
  it('answers from the entry of a tenant in use while reading it again in the background', async () => {
    const tenant = await ctx.createTenant('directory-ahead');
    const { count, timer } = countingTimer();
    const directory = directoryWith(timer);
    expect((await directory.bySlugCached(tenant.row.slug))?.name).toBe(tenant.row.name);
    const loaded = count.finished;

    await ctx.adminPool.query('UPDATE platform.tenants SET name = $1 WHERE id = $2', [
      'Renamed',
      tenant.row.id,
    ]);
    // Before the refresh time, the entry answers without a read.
    expect((await directory.bySlugCached(tenant.row.slug))?.name).toBe(tenant.row.name);
    expect(count.started).toBe(loaded);

    clockAhead(TTL_MS * 0.95);
    const answered = await directory.bySlugCached(tenant.row.slug);
    // Answered from the entry, with the read it started still out.
    expect(answered?.name).toBe(tenant.row.name);
    expect(count.started).toBe(loaded + 1);
    expect(count.finished).toBe(loaded);
    // Lookups while it is out start no other read.
    await directory.bySlugCached(tenant.row.slug);
    expect(count.started).toBe(loaded + 1);

    await until(() => count.finished === loaded + 1);
    expect((await directory.bySlugCached(tenant.row.slug))?.name).toBe('Renamed');
    // The new entry has a refresh time of its own, later than now.
    expect(count.started).toBe(loaded + 1);
  });

  it('drops the entry of a tenant the background read no longer finds', async () => {
    const tenant = await ctx.createTenant('directory-gone');
    const { count, timer } = countingTimer();
    const directory = directoryWith(timer);
    expect(await directory.bySlugCached(tenant.row.slug)).not.toBeNull();
    const loaded = count.finished;

    await ctx.adminPool.query(`UPDATE platform.tenants SET status = 'deleted' WHERE id = $1`, [
      tenant.row.id,
    ]);
    clockAhead(TTL_MS * 0.95);
    expect(await directory.bySlugCached(tenant.row.slug)).not.toBeNull();
    await until(() => count.finished === loaded + 1);
    expect(await directory.bySlugCached(tenant.row.slug)).toBeNull();
    expect(directory.stats().bySlug).toBe(0);
  });

  it('reads the key index again in the background, answering shared-host checks from the loaded one', async () => {
    const tenant = await ctx.createTenant('directory-index');
    const { count, timer } = countingTimer();
    const directory = directoryWith(timer);
    const issuerLength = tenant.issuer.issuer.length;
    expect(await directory.issuerLengthPossible(issuerLength)).toBe(true);
    const loaded = count.finished;

    clockAhead(TTL_MS * 0.95);
    expect(await directory.issuerLengthPossible(issuerLength)).toBe(true);
    expect(count.started).toBe(loaded + 1);
    expect(count.finished).toBe(loaded);
    await until(() => count.finished === loaded + 1);
    expect(directory.stats().indexedTenants).toBeGreaterThan(0);
  });
});
