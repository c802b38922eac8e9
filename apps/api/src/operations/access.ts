import type { TenantUser } from '../auth/tenant-user';
import { regionAllowed } from '../auth/region-scope';
import { AppError } from '../plugins/app-error';

/** A region-limited user creating or moving something into another region. */
export function assertRegionAllowed(user: TenantUser, region: string | null | undefined, field = 'region') {
  if (!regionAllowed(user, region)) {
    throw new AppError(403, 'region-forbidden', `You act only within region "${user.region}"`, {
      errors: [{ field, message: `must be ${user.region}` }],
    });
  }
}

export const hasRole = (user: TenantUser, ...roles: TenantUser['roles']) =>
  user.roles.some((role) => roles.includes(role));

/** Drivers (and only drivers) are limited to their own assignments. */
export const isDriverOnly = (user: TenantUser) =>
  hasRole(user, 'driver') && !hasRole(user, 'admin', 'dispatcher', 'viewer');
