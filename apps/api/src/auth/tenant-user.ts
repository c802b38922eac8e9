import type { JWTPayload } from 'jose';
import { claimAt, stringList } from './claims';
import type { TenantIdpSettings } from './idp-settings';
import type { Role } from './roles';

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
 * Keycloak's user-attribute mapper emits a string, or a list when the mapper is multivalued. One value is the
 * region; several cannot be expressed by the region rule, so they become a region no row has (fail closed).
 */
function regionOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value || undefined;
  const values = stringList(value).filter(Boolean);
  if (values.length <= 1) return values[0];
  return `ambiguous:${values.join(',')}`;
}

export function tenantUserFromClaims(payload: JWTPayload, settings: TenantIdpSettings): TenantUser {
  const idpRoles = stringList(claimAt(payload, settings.rolesClaim));
  const roles = [
    ...new Set(idpRoles.map((name) => settings.roleMap[name]).filter((role) => role !== undefined)),
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
