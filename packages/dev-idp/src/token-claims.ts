import type { AccessToken, ClientCredentials, KoaContextWithOIDC } from 'oidc-provider';
import { userClaims, type AccountDirectory } from './accounts';
import type { DevRealm } from './types';

export const ACR_DEFAULT = '1';
export const ACR_MFA = 'mfa';

export function authContext(mfa: boolean): { acr: string; amr: string[] } {
  return mfa ? { acr: ACR_MFA, amr: ['pwd', 'otp'] } : { acr: ACR_DEFAULT, amr: ['pwd'] };
}

/**
 * Keycloak-shaped extra access-token claims (`extraTokenClaims`). oidc-provider's JWT access tokens
 * only carry the protocol claims; roles, profile, acr/amr and sid are added here.
 */
export function keycloakAccessTokenClaims(realm: DevRealm, accounts: AccountDirectory) {
  const serviceAccountRoles = new Map(realm.clients.map((c) => [c.clientId, c.serviceAccountRoles ?? []]));

  return (ctx: KoaContextWithOIDC, token: AccessToken | ClientCredentials) => {
    const azp = token.clientId;
    if (token.kind === 'ClientCredentials') {
      return {
        typ: 'Bearer',
        azp,
        preferred_username: `service-account-${azp}`,
        realm_access: { roles: [...((azp && serviceAccountRoles.get(azp)) || [])] },
      };
    }

    const user = token.accountId ? accounts.bySub(token.accountId) : undefined;
    if (!user) return undefined;
    // The code or refresh token being redeemed carries what the sign-in established.
    const source = ctx.oidc.entities.AuthorizationCode ?? ctx.oidc.entities.RefreshToken;
    const { sub: _sub, ...profile } = userClaims(realm.name, user);
    return {
      typ: 'Bearer',
      azp,
      ...profile,
      ...(token.sid ? { sid: token.sid } : {}),
      acr: source?.acr ?? ACR_DEFAULT,
      amr: source?.amr ?? ['pwd'],
    };
  };
}
