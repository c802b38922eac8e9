import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { AppConfig } from '@dispatch/config';
import { publicAccess } from '#src/plugins/access-control';
import { AppError } from '#src/kernel/problems';
import { isBrowserNavigation } from '#src/http/problem-page';
import { resolveHost } from '#src/tenancy/resolve-host';
import { WebAppFiles } from './web-app.files';
import { HASHED_ASSET_MAX_AGE_MS, SHELL_HEADERS } from './web-app.headers';

/** Paths that belong to the API, sign-in and realtime: never the app shell, even when nothing matches. */
const NOT_APP = /^\/(api|platform|auth|socket\.io|assets)(\/|$)/;

/**
 * The web app on every tenant host (and the platform host): hashed assets with a long cache, the app shell
 * (`index.html`) for every other path so the client-side router takes over, and a sign-in gate in front of
 * the shell: a browser that is not signed in goes to `/auth/login` and comes back to where it was headed.
 * Registered only when `config.web.distDir` is set.
 */
export const webAppRoutes: FastifyPluginAsync<{ config: AppConfig }> = async (app, { config }) => {
  const distDir = config.web.distDir;
  if (!distDir) return;
  const files = new WebAppFiles(distDir);
  await app.register(fastifyStatic, { root: files.root, serve: false });

  /** Whether the browser holds a live session on this host; the host's tenant must exist and be served. */
  async function signedIn(request: FastifyRequest): Promise<boolean> {
    const onConsoleHost = resolveHost(request.headers.host, config.http.baseDomain).kind === 'platform';
    const tenant = onConsoleHost ? app.platformRealm : await app.tenantForHost(request);
    if (!tenant.identity?.webClientId) {
      throw new AppError('web-login-not-configured', 'This tenant has no web client configured for sign-in');
    }
    const sessionId = app.webSessions.sessionId(request);
    return sessionId !== undefined && (await app.webSessions.store.get(tenant.id, sessionId)) !== undefined;
  }

  app.get('/assets/*', { config: { access: publicAccess }, schema: { hide: true } }, (request, reply) =>
    reply.sendFile(`assets/${(request.params as { '*': string })['*']}`, {
      immutable: true,
      maxAge: HASHED_ASSET_MAX_AGE_MS,
    }),
  );

  app.get('/*', { config: { access: publicAccess }, schema: { hide: true } }, async (request, reply) => {
    const path = request.url.split('?')[0]!;
    if (NOT_APP.test(path)) return reply.callNotFound();
    const rootFile = await files.rootFile(path);
    if (rootFile) return reply.sendFile(rootFile, { maxAge: 0 });
    const html = await files.index();
    if (html === undefined) {
      throw new AppError('web-app-not-built', 'The web app has not been built on this server');
    }
    if (!(await signedIn(request))) {
      if (!isBrowserNavigation(request)) throw new AppError('token-missing', 'Sign in first');
      const returnTo = encodeURIComponent(request.url);
      return reply.header('cache-control', 'no-store').redirect(`/auth/login?returnTo=${returnTo}`, 302);
    }
    return reply.headers(SHELL_HEADERS).type('text/html; charset=utf-8').send(html);
  });
};
