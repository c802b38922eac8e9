import type { AppConfig } from '@dispatch/config';
import { PLATFORM_HOST_LABEL } from './resolve-host';
import type { ResolvedTenant } from './tenant-directory';

/** Session-store scope of console sessions; tenant sessions are scoped by tenant UUID, so they never meet. */
export const PLATFORM_SESSION_SCOPE = 'platform';

/** The platform issuer shaped as a tenant's realm, for the web sign-in machinery (auth module, WebSessions). */
export function platformRealm(config: AppConfig): ResolvedTenant {
  const { issuer, audience, jwksUri, webClientId } = config.platformAuth;
  return {
    id: PLATFORM_SESSION_SCOPE,
    slug: PLATFORM_HOST_LABEL,
    name: 'Dispatch platform',
    schemaName: '',
    status: 'active',
    tier: 'standard',
    idp: {},
    rateLimits: {},
    identity: {
      issuer,
      jwksUri,
      apiAudience: [audience],
      webClientId,
      rolesClaim: 'realm_access.roles',
      roleMap: {},
      regionClaim: 'region',
      mfa: { roles: [], acrValues: [], amrValues: [], exemptClients: [] },
    },
  };
}
