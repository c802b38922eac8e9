import fp from 'fastify-plugin';
import type { FastifyRequest } from 'fastify';
import type { AppConfig } from '@dispatch/config';
import { IssuerKeys, discoveredJwksUri } from '../auth/jwks-cache';
import { bearerToken, verifyAccessToken } from '../auth/verify-token';
import { claimAt, stringList } from '../auth/claims';
import { AppError } from './app-error';

export interface PlatformAdmin {
  sub: string;
  name: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    authenticatePlatformAdmin(request: FastifyRequest): Promise<PlatformAdmin>;
  }
  interface FastifyRequest {
    platformAdmin?: PlatformAdmin;
  }
}

const PLATFORM_ROLE = 'platform-admin';

/** Platform routes accept only tokens of the platform issuer carrying `platform-admin`; tenant tokens never pass. */
export const platformAuthPlugin = fp<{ config: AppConfig }>(
  async (app, { config }) => {
    const { issuer, audience, jwksUri } = config.platformAuth;
    const keys = new IssuerKeys(issuer, discoveredJwksUri(issuer, jwksUri), {
      onFetch: (result) => app.metrics?.jwksFetches.inc({ result }),
    });
    app.decorate('authenticatePlatformAdmin', async (request: FastifyRequest) => {
      const token = bearerToken(request.headers.authorization);
      if (!token) throw new AppError(401, 'token-missing', 'A platform-admin bearer token is required');
      const payload = await verifyAccessToken(token, keys, audience, {
        maxLifetimeSeconds: config.auth.maxTokenLifetimeSeconds,
      });
      const roles = [...stringList(claimAt(payload, 'realm_access.roles')), ...stringList(payload.roles)];
      if (!roles.includes(PLATFORM_ROLE)) {
        throw new AppError(403, 'role-required', `The ${PLATFORM_ROLE} role is required`);
      }
      const name = typeof payload.preferred_username === 'string' ? payload.preferred_username : payload.sub!;
      return { sub: payload.sub!, name };
    });
  },
  { name: 'platform-auth', dependencies: ['metrics'] },
);
