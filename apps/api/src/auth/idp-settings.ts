import { DEFAULT_ROLE_MAP, isRole, type Role } from './roles';

/** A tenant's identity-provider settings as the request path uses them, defaults filled in. */
export interface TenantIdpSettings {
  issuer: string;
  jwksUri?: string;
  apiAudience: string[];
  webClientId?: string;
  /** Where the web client's secret comes from when it is not stored encrypted: `env:IDP_CLIENT_SECRET_…`. */
  clientSecretRef?: string;
  rolesClaim: string;
  roleMap: Record<string, Role>;
  regionClaim: string;
  /** `exemptClients`: machine clients (by `azp`) the policy does not apply to; they cannot do MFA. */
  mfa: { roles: Role[]; acrValues: string[]; amrValues: string[]; exemptClients: string[] };
}

const list = (value: unknown): string[] =>
  (Array.isArray(value) ? value : typeof value === 'string' ? [value] : []).filter(
    (item): item is string => typeof item === 'string',
  );

export function normalizeIdpSettings(raw: Record<string, unknown>): TenantIdpSettings | undefined {
  if (typeof raw.issuer !== 'string' || raw.issuer === '') return undefined;
  const roleMap = Object.fromEntries(
    Object.entries((raw.roleMap as Record<string, unknown> | undefined) ?? DEFAULT_ROLE_MAP).filter(
      (entry): entry is [string, Role] => isRole(entry[1]),
    ),
  );
  const mfa = (raw.mfa as Record<string, unknown> | undefined) ?? {};
  return {
    issuer: raw.issuer,
    jwksUri: typeof raw.jwksUri === 'string' ? raw.jwksUri : undefined,
    apiAudience: list(raw.apiAudience).length ? list(raw.apiAudience) : ['dispatch-api'],
    webClientId: typeof raw.webClientId === 'string' ? raw.webClientId : undefined,
    clientSecretRef: typeof raw.clientSecretRef === 'string' ? raw.clientSecretRef : undefined,
    rolesClaim: typeof raw.rolesClaim === 'string' ? raw.rolesClaim : 'realm_access.roles',
    roleMap,
    regionClaim: typeof raw.regionClaim === 'string' ? raw.regionClaim : 'region',
    mfa: {
      roles: (mfa.roles === undefined ? ['admin', 'dispatcher'] : list(mfa.roles)).filter(isRole),
      acrValues: mfa.acrValues === undefined ? ['mfa'] : list(mfa.acrValues),
      amrValues: mfa.amrValues === undefined ? ['otp', 'mfa', 'hwk', 'swk'] : list(mfa.amrValues),
      exemptClients: list(mfa.exemptClients),
    },
  };
}
