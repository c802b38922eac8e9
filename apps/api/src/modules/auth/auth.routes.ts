import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppConfig } from '@dispatch/config';
import { platformAccess, publicAccess, tenantAccess, tenantCaller } from '#src/plugins/access-control';
import { resolveHost } from '#src/tenancy/resolve-host';
import { AppError } from '#src/kernel/problems';
import { described } from '#src/http/common.schemas';
import { assertSameOriginWrite } from '#src/auth/csrf';
import type { SessionCookie } from '#src/auth/web-sessions';
import { LOGIN_TRANSACTION_TTL_SECONDS } from '#src/auth/login-transaction';
import { CallbackQuery, LoginQuery, LogoutResponse, Me, PlatformMe } from './auth.schemas';
import * as service from './auth.service';
import { platformProblems, publicProblems, tenantProblems } from '#src/http/problem-responses';

const tags = ['auth'];

/**
 * Web sign-in as a backend for frontend (identity.md): the browser only ever holds an opaque, httpOnly,
 * SameSite=Lax cookie; tokens stay in Redis, and a sign-in in progress only in a sealed login cookie. `/auth/*` routes are public (they are how one signs in) and
 * resolve the tenant from the host alone.
 */
export const authRoutes: FastifyPluginAsyncTypebox<{ config: AppConfig }> = async (app, { config }) => {
  const sessions = app.webSessions;

  const onConsoleHost = (request: FastifyRequest) =>
    resolveHost(request.headers.host, config.http.baseDomain).kind === 'platform';

  async function context(request: FastifyRequest): Promise<service.AuthContext> {
    // The platform console signs platform admins in through the platform issuer, with the same flow.
    const tenant = onConsoleHost(request) ? app.platformRealm : await app.tenantForHost(request);
    const settings = tenant.identity;
    if (!settings)
      throw new AppError('idp-not-configured', 'This tenant has no identity provider configured');
    return {
      tenant,
      settings,
      client: () => sessions.client(tenant, settings),
      store: sessions.store,
      box: app.secretBox,
      origin: `${request.protocol}://${request.host}`,
    };
  }

  const setCookie = (reply: FastifyReply, cookie: SessionCookie, value: string, maxAge: number) =>
    reply.setCookie(cookie.name, value, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: cookie.secure,
      maxAge,
    });
  const clearCookie = (reply: FastifyReply, cookie: SessionCookie) =>
    reply.clearCookie(cookie.name, { path: '/', httpOnly: true, sameSite: 'lax', secure: cookie.secure });

  app.get(
    '/login',
    {
      config: { access: publicAccess },
      schema: {
        operationId: 'startLogin',
        tags,
        summary: "Redirects to the tenant's identity provider",
        querystring: LoginQuery,
        response: {
          302: described("Redirect to the identity provider's sign-in page", Type.Null()),
          ...publicProblems(
            'tenant-not-found',
            'tenant-suspended',
            'idp-not-configured',
            'web-login-not-configured',
            'idp-unavailable',
          ),
        },
      },
    },
    async (request, reply) => {
      const { url, transaction } = await service.startLogin(await context(request), request.query.returnTo);
      setCookie(reply, sessions.loginCookie(request), transaction, LOGIN_TRANSACTION_TTL_SECONDS);
      return reply.header('cache-control', 'no-store').redirect(url, 302);
    },
  );

  app.get(
    '/callback',
    {
      config: { access: publicAccess },
      schema: {
        operationId: 'finishLogin',
        tags,
        summary: 'Where the identity provider returns; sets the session cookie',
        querystring: CallbackQuery,
        response: {
          303: described('Signed in: redirect to the page the sign-in started from', Type.Null()),
          ...publicProblems(
            'tenant-not-found',
            'tenant-suspended',
            'idp-not-configured',
            'web-login-not-configured',
            'idp-unavailable',
            'login-expired',
            'login-state-mismatch',
            'sign-in-failed',
          ),
        },
      },
    },
    async (request, reply) => {
      const ctx = await context(request);
      const loginCookie = sessions.loginCookie(request);
      clearCookie(reply, loginCookie);
      const { tokens, returnTo } = await service.finishLogin(
        ctx,
        request.query,
        request.cookies[loginCookie.name],
      );
      // The access token must satisfy exactly what a bearer token must (issuer, audience, keys, times, role).
      let user: { sub: string };
      if (onConsoleHost(request)) {
        user = await app.verifyPlatformToken(tokens.accessToken);
      } else {
        const tenantUser = (await app.verifyTenantToken(ctx.tenant, tokens.accessToken)).user;
        try {
          await app.recordSignIn(ctx.tenant, tenantUser);
        } catch (error) {
          request.log.warn({ err: error }, 'could not record the sign-in');
        }
        user = tenantUser;
      }
      const { id, session } = await service.createSession(ctx, user, tokens);
      setCookie(reply, sessions.cookie(request), id, session.expiresAt - Math.floor(Date.now() / 1000));
      request.log.info({ tenant: ctx.tenant.slug, userId: user.sub }, 'signed in');
      return reply.header('cache-control', 'no-store').redirect(returnTo, 303);
    },
  );

  app.post(
    '/logout',
    {
      config: { access: publicAccess },
      schema: {
        operationId: 'logout',
        tags,
        summary: 'Ends the session; answers where to send the browser to sign out at the IdP',
        response: {
          200: described('Signed out; where to send the browser next', LogoutResponse),
          ...publicProblems(
            'tenant-not-found',
            'tenant-suspended',
            'idp-not-configured',
            'web-login-not-configured',
            'idp-unavailable',
            'csrf-check-failed',
          ),
        },
      },
    },
    async (request, reply) => {
      const ctx = await context(request);
      const sessionId = sessions.sessionId(request);
      if (sessionId) assertSameOriginWrite(request);
      const result = await service.logout(ctx, sessionId);
      clearCookie(reply, sessions.cookie(request));
      return reply.header('cache-control', 'no-store').send(result);
    },
  );
};

/** `GET /api/me`: who is calling, for the web app (its cache key and the shell's user menu). */
export const meRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '',
    {
      config: { access: tenantAccess('admin', 'dispatcher', 'driver', 'viewer') },
      schema: {
        operationId: 'getMe',
        tags,
        summary: 'Who is calling: user, roles, region and tenant',
        response: { 200: described('The signed-in user and their tenant', Me), ...tenantProblems() },
      },
    },
    async (request) => {
      const { tenant, user } = tenantCaller(request);
      return service.me(tenant, user);
    },
  );
};

/** `GET /platform/me`: the platform admin calling, for the console. */
export const platformMeRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '',
    {
      config: { access: platformAccess },
      schema: {
        operationId: 'getPlatformMe',
        tags: ['platform'],
        summary: 'Who is calling the platform API: the platform admin (console session or token)',
        response: { 200: described('The signed-in platform admin', PlatformMe), ...platformProblems() },
      },
    },
    async (request) => ({ user: request.platformAdmin! }),
  );
};
