import type { TenantUser } from '#src/auth/tenant-user';
import { regionAllowed } from '#src/auth/region-scope';
import { AppError } from '#src/kernel/problems';

/** A region-limited user creating or moving something into another region. */
export function assertRegionAllowed(user: TenantUser, region: string | null | undefined, field = 'region') {
  if (!regionAllowed(user, region)) {
    throw new AppError('region-forbidden', `You act only within region "${user.region}"`, {
      errors: [{ field, message: `must be ${user.region}` }],
    });
  }
}

export const hasRole = (user: TenantUser, ...roles: TenantUser['roles']) =>
  user.roles.some((role) => roles.includes(role));

/** Drivers (and only drivers) are limited to their own assignments. */
export const isDriverOnly = (user: TenantUser) =>
  hasRole(user, 'driver') && !hasRole(user, 'admin', 'dispatcher', 'viewer');

/**
 * Roles (domain.md): equipment and drivers are admin records; a dispatcher only moves equipment between
 * `available` and `maintenance` and drivers on and off shift. `allowed` lists, per field a non-admin may
 * send, the values they may send (or `true` for any). Any other field or value is a 403 naming it.
 */
export function assertNonAdminFields(
  user: TenantUser,
  input: Record<string, unknown>,
  allowed: Record<string, readonly unknown[] | true>,
) {
  if (hasRole(user, 'admin')) return;
  const refused = Object.entries(input)
    .filter(([field, value]) => {
      if (value === undefined) return false;
      const values = Object.hasOwn(allowed, field) ? allowed[field] : undefined;
      return values === undefined || (values !== true && !values.includes(value));
    })
    .map(([field]) => field);
  if (refused.length === 0) return;
  throw new AppError('admin-field', `Only admins may change ${refused.join(', ')}`, {
    errors: refused.map((field) => ({
      field,
      message: Object.hasOwn(allowed, field)
        ? `only admins may set this value; you may set ${(allowed[field] as unknown[]).join(' or ')}`
        : 'only admins may change it',
    })),
  });
}
