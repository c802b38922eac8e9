import { and, eq, or, sql, type SQL } from 'drizzle-orm';
import type { TenantTx } from '@dispatch/db';
import type { TenantUser } from '#src/auth/tenant-user';
import { regionCondition } from '#src/auth/region-scope';
import { isDriverOnly } from '#src/auth/access';
import { findDriverBySub } from '#src/modules/fleet/index';
import { assignments, dispatchRequests } from './dispatch.tables';

/** Who sees what: the region rule on the work order's region (requests) or either end (assignments). */
export interface DispatchScope {
  user: TenantUser;
  /** Set for drivers: only their own assignments. */
  driverId?: string | null;
}

/** The user's scope: drivers are narrowed to the driver record linked to their sub (none linked: nothing). */
export async function scopeForUser(tx: TenantTx, user: TenantUser): Promise<DispatchScope> {
  if (!isDriverOnly(user)) return { user };
  const driver = await findDriverBySub(tx, user.sub);
  return { user, driverId: driver?.id ?? null };
}

export const requestVisible = (scope: DispatchScope) =>
  regionCondition(scope.user, dispatchRequests.workOrderRegion);
export const assignmentVisible = (scope: DispatchScope): SQL | undefined =>
  and(
    scope.user.region === undefined
      ? undefined
      : or(
          regionCondition(scope.user, assignments.region),
          regionCondition(scope.user, assignments.equipmentRegion),
        ),
    scope.driverId === undefined
      ? undefined
      : scope.driverId === null
        ? sql`false`
        : eq(assignments.driverId, scope.driverId),
  );
