import type { JWTPayload } from 'jose';
import { claimAt, stringList } from './claims';
import type { TenantIdpSettings } from './idp-settings';
import { isRole, type Role } from './roles';

export interface TenantUser {
  sub: string;
  name: string;
  email?: string;
  roles: Role[];
  /** Set for non-admins whose token carries a region: they see and act only within it. */
  region?: string;
  /** Whether the token shows a second factor (acr or amr per the tenant's MFA policy). */
  mfa: boolean;
}

/**
 * A region no row can have (region names never contain a colon): the user it is given to sees nothing
 * region-scoped, which is how every doubtful region claim fails — closed, never open.
 */
export const UNUSABLE_REGION = 'invalid:region-claim';

/**
 * Keycloak's user-attribute mapper emits a string, or a list when the mapper is multivalued. One value is the
 * region; several cannot be expressed by the region rule, so they become a region no row has (fail closed).
 * A claim that is present but is neither (a number, an object, an empty string or list, a list with
 * non-strings) is not "no region": it fails closed too.
 */
function regionOf(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value === '' ? UNUSABLE_REGION : value;
  if (!Array.isArray(value)) return UNUSABLE_REGION;
  const values = stringList(value).filter(Boolean);
  if (values.length !== value.length || values.length === 0) return UNUSABLE_REGION;
  if (values.length === 1) return values[0];
  return `ambiguous:${values.join(',')}`;
}

/** The role an IdP role name maps to: own keys only, so `constructor` or `__proto__` map to nothing. */
function mappedRole(roleMap: Record<string, Role>, name: string): Role | undefined {
  if (!Object.hasOwn(roleMap, name)) return undefined;
  const role = roleMap[name];
  return isRole(role) ? role : undefined;
}

export function tenantUserFromClaims(payload: JWTPayload, settings: TenantIdpSettings): TenantUser {
  const idpRoles = stringList(claimAt(payload, settings.rolesClaim));
  const roles = [
    ...new Set(
      idpRoles.map((name) => mappedRole(settings.roleMap, name)).filter((role) => role !== undefined),
    ),
  ];
  const region = regionOf(claimAt(payload, settings.regionClaim));
  const acr = typeof payload.acr === 'string' ? payload.acr : undefined;
  const amr = stringList(payload.amr);
  const name = [payload.name, payload.preferred_username, payload.sub].find(
    (value) => typeof value === 'string',
  );
  return {
    sub: payload.sub!,
    name: name as string,
    email: typeof payload.email === 'string' ? payload.email : undefined,
    roles,
    region: region && !roles.includes('admin') ? region : undefined,
    mfa:
      (acr !== undefined && settings.mfa.acrValues.includes(acr)) ||
      amr.some((value) => settings.mfa.amrValues.includes(value)) ||
      (typeof payload.azp === 'string' && settings.mfa.exemptClients.includes(payload.azp)),
  };
}

/** The user each verified payload mapped to, and under which settings (see `tenantUserOf`). */
const mappedUsers = new WeakMap<JWTPayload, { settings: TenantIdpSettings; user: TenantUser }>();

/**
 * `tenantUserFromClaims`, remembered per verified payload (a remembered token is the same payload object on
 * every request) for as long as the tenant's settings object stays the same: changed settings are a new object
 * from the tenant directory, and map the claims again. The user is frozen, since requests share it.
 */
export function tenantUserOf(payload: JWTPayload, settings: TenantIdpSettings): TenantUser {
  const known = mappedUsers.get(payload);
  if (known?.settings === settings) return known.user;
  const user = tenantUserFromClaims(payload, settings);
  Object.freeze(user.roles);
  mappedUsers.set(payload, { settings, user: Object.freeze(user) });
  return user;
}
