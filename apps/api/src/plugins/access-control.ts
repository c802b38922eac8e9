import fp from 'fastify-plugin';
import type { FastifyRequest } from 'fastify';
import type { Role } from '#src/auth/roles';
import type { TenantUser } from '#src/auth/tenant-user';
import type { ResolvedTenant } from '#src/tenancy/tenant-directory';
import { AppError } from '#src/kernel/problems';
import { bindCallerToLog } from './request-logging';

/**
 * Every route states who may call it in `config.access`. A route without a rule is unreachable:
 * deny by default, so forgetting the rule fails closed.
 */
export type RouteAccess =
  { kind: 'public' } | { kind: 'platform' } | { kind: 'tenant'; roles: readonly Role[] };

/** One registered route and its rule (undefined: no rule, so closed). */
export interface RouteRule {
  method: string;
  url: string;
  access: RouteAccess | undefined;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyInstance {
    /** Every route registered after this plugin, with its access rule: for reviews, docs and the role-matrix test. */
    routeRules: readonly RouteRule[];
  }
}

export const publicAccess: RouteAccess = { kind: 'public' };
export const platformAccess: RouteAccess = { kind: 'platform' };
export const tenantAccess = (...roles: Role[]): RouteAccess => ({ kind: 'tenant', roles });

/**
 * Who called a tenant route, as its access rule resolved them: for what is about the caller rather than the
 * tenant's data (`/api/me`, a cache key). Tenant data goes through `request.read` / `request.write`.
 */
export function tenantCaller(request: FastifyRequest): { tenant: ResolvedTenant; user: TenantUser } {
  // A tenant access rule guarantees both; a route that reaches here without them is a programming error.
  if (!request.tenant || !request.user) throw new Error(`${request.url} has no tenant access rule`);
  return { tenant: request.tenant, user: request.user };
}

export const accessControlPlugin = fp(
  async (app) => {
    const rules: RouteRule[] = [];
    app.decorate('routeRules', rules);
    app.addHook('onRoute', (route) => {
      for (const method of [route.method].flat()) {
        // HEAD routes Fastify adds for GET share the GET route's rule.
        // Read when asked, not now: a plugin's own context may set the rule in a later onRoute hook.
        if (method !== 'HEAD')
          rules.push({
            method,
            url: route.url,
            get access() {
              return route.config?.access;
            },
          });
      }
    });

    app.addHook('onRequest', async (request) => {
      if (request.is404) return;
      const access = request.routeOptions.config.access;
      if (!access) throw new AppError('route-not-authorized', 'This route has no access rule and is closed');
      if (access.kind === 'public') return;
      if (access.kind === 'platform') {
        request.platformAdmin = await app.authenticatePlatformAdmin(request);
        request.log = request.log.child({ userId: request.platformAdmin.sub });
        return;
      }
      // A failure here (bad token, unknown host) spends the client IP's anonymous allowance (rate-limits.ts).
      const { tenant, user } = await app.resolveTenant(request).catch(async (error: unknown) => {
        throw (await app.rateLimits.failedAuthentication(request)) ?? error;
      });
      request.tenant = tenant;
      request.user = user;
      bindCallerToLog(request, tenant.slug, user.sub);
      const granting = user.roles.filter((role) => access.roles.includes(role));
      if (granting.length === 0) {
        throw new AppError('role-required', `One of these roles is required: ${access.roles.join(', ')}`);
      }
      // MFA policy (identity.md): when any role that grants this route is one the tenant marks as needing a
      // second factor, the token must show one (acr/amr, see tenant-user.ts). Strict on purpose: a user who is
      // both admin and viewer gets no viewer-only pass on a password alone for a route admins may also call.
      const mfaRoles = tenant.identity?.mfa.roles ?? [];
      const needsMfa = granting.filter((role) => mfaRoles.includes(role));
      if (needsMfa.length > 0 && !user.mfa) {
        throw new AppError('mfa-required', `Sign in with a second factor to act as ${needsMfa.join(', ')}`);
      }
    });
  },
  { name: 'access-control', dependencies: ['tenancy', 'platform-auth', 'rate-limits'] },
);
