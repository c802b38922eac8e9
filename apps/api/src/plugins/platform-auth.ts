import fp from 'fastify-plugin';
import type { FastifyRequest } from 'fastify';
import type { AppConfig } from '@dispatch/config';
import { IssuerKeys, discoveredJwksUri } from '#src/auth/jwks-cache';
import { bearerToken, verifyAccessToken } from '#src/auth/verify-token';
import { claimAt, stringList } from '#src/auth/claims';
import { AppError } from '#src/kernel/problems';
import { resolveHost } from '#src/tenancy/resolve-host';
import type { ResolvedTenant } from '#src/tenancy/tenant-directory';
import { platformRealm } from '#src/tenancy/platform-realm';

export interface PlatformAdmin {
  sub: string;
  name: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** A platform-admin bearer token, else (on the platform host) the console's session cookie. */
    authenticatePlatformAdmin(request: FastifyRequest): Promise<PlatformAdmin>;
    /** Verifies a platform-issuer access token carrying `platform-admin`. */
    verifyPlatformToken(token: string): Promise<PlatformAdmin>;
    /**
     * The platform issuer as the web sign-in machinery sees a tenant's realm: the console's sessions live under
     * their own scope (`platform`, never a tenant id) and its OIDC client is the configured console client.
     */
    platformRealm: ResolvedTenant;
  }
  interface FastifyRequest {
    platformAdmin?: PlatformAdmin;
  }
}

const PLATFORM_ROLE = 'platform-admin';
/**
 * Platform routes accept only tokens of the platform issuer carrying `platform-admin`; tenant tokens never pass.
 * The console signs in with the same backend-for-frontend flow as tenant hosts (auth module): on the platform
 * host the session cookie stands for such a token, refreshed server-side, and writes pass the CSRF check.
 */
export const platformAuthPlugin = fp<{ config: AppConfig }>(
  async (app, { config }) => {
    const { issuer, audience, jwksUri } = config.platformAuth;
    const keys = new IssuerKeys(issuer, discoveredJwksUri(issuer, jwksUri), {
      onFetch: (result) => app.metrics?.jwksFetches.inc({ result }),
    });
    const realm = platformRealm(config);
    app.decorate('platformRealm', realm);

    async function verifyPlatformToken(token: string): Promise<PlatformAdmin> {
      const payload = await verifyAccessToken(token, keys, audience, {
        maxLifetimeSeconds: config.auth.maxTokenLifetimeSeconds,
      });
      const roles = [...stringList(claimAt(payload, 'realm_access.roles')), ...stringList(payload.roles)];
      if (!roles.includes(PLATFORM_ROLE)) {
        throw new AppError('role-required', `The ${PLATFORM_ROLE} role is required`);
      }
      const name = typeof payload.preferred_username === 'string' ? payload.preferred_username : payload.sub!;
      return { sub: payload.sub!, name };
    }
    app.decorate('verifyPlatformToken', verifyPlatformToken);

    app.decorate('authenticatePlatformAdmin', async (request: FastifyRequest) => {
      const bearer = bearerToken(request.headers.authorization);
      if (bearer) return verifyPlatformToken(bearer);
      const onConsoleHost = resolveHost(request.headers.host, config.http.baseDomain).kind === 'platform';
      const token = onConsoleHost
        ? await app.webSessions.accessToken(request, realm, realm.identity!)
        : undefined;
      if (!token) throw new AppError('token-missing', 'A platform-admin bearer token is required');
      return verifyPlatformToken(token);
    });
  },
  { name: 'platform-auth', dependencies: ['metrics', 'web-session'] },
);
