import type { IncomingMessage, ServerResponse } from 'node:http';
import { createLocalJWKSet, jwtVerify, type JWK } from 'jose';
import { userClaims, type AccountDirectory } from './accounts';
import { sendJson } from './http-util';
import { publicJwk } from './keys';

/**
 * Keycloak's userinfo accepts the realm's JWT access tokens. oidc-provider refuses access tokens
 * minted for a resource server (they carry an `aud`), so this endpoint is served here instead.
 */
export function userinfoHandler(realm: string, issuer: string, keys: JWK[], accounts: AccountDirectory) {
  const jwks = createLocalJWKSet({ keys: keys.map(publicJwk) });
  const deny = (res: ServerResponse, description: string) =>
    sendJson(
      res,
      401,
      { error: 'invalid_token', error_description: description },
      {
        'www-authenticate': `Bearer realm="${realm}", error="invalid_token", error_description="${description}"`,
      },
    );

  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const [scheme, token] = (req.headers.authorization ?? '').split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) return deny(res, 'missing bearer token');
    let sub: string | undefined;
    try {
      ({
        payload: { sub },
      } = await jwtVerify(token, jwks, { issuer }));
    } catch {
      return deny(res, 'token is invalid or expired');
    }
    const user = sub ? accounts.bySub(sub) : undefined;
    if (!user) return deny(res, 'token has no user');
    sendJson(res, 200, userClaims(realm, user));
  };
}
