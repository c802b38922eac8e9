import { eq, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { TenantUser } from './tenant-user';

/**
 * The region rule, in one place: a non-admin user whose token carries a region sees and acts only on rows
 * of that region. Applied inside queries (as a WHERE condition), so guessing another region's ids finds
 * nothing rather than something to reject after the fact.
 */
export function regionCondition(user: TenantUser | undefined, regionColumn: AnyPgColumn): SQL | undefined {
  return user?.region ? eq(regionColumn, user.region) : undefined;
}

/**
 * The same rule for a statement built once (see tenantStatement): whether it applies to `user`, and the value
 * its placeholder takes. `regionCondition` and this must agree; both read `user.region` only.
 */
export function regionLimit(user: TenantUser | undefined): string | undefined {
  return user?.region || undefined;
}

/** For inputs: a region-limited user may only create or move rows into their own region. */
export function regionAllowed(user: TenantUser | undefined, region: string | null | undefined): boolean {
  return !user?.region || region === user.region;
}
