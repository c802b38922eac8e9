import fp from 'fastify-plugin';
import cookie from '@fastify/cookie';
import type { AppConfig } from '@dispatch/config';
import { SecretBox } from '#src/auth/secret-box';
import { PLATFORM_SESSION_SCOPE } from '#src/tenancy/platform-realm';
import { SessionStore } from '#src/auth/session-store';
import { OidcClients } from '#src/auth/oidc-clients';
import { guardedFetch } from '#src/auth/guarded-fetch';
import { AddressPolicy } from '#src/auth/public-address';
import { WebSessions } from '#src/auth/web-sessions';
import type { ResolvedTenant } from '#src/tenancy/tenant-directory';
import { loadClientSecret, resolveSecretRef } from '#src/auth/client-secrets';

declare module 'fastify' {
  interface FastifyInstance {
    /** Seals secrets at rest (SECRETS_ENCRYPTION_KEY); also opens those sealed under SECRETS_ENCRYPTION_KEYS_PREVIOUS. */
    secretBox: SecretBox;
    /** Browser sign-in sessions: cookies, Redis store, OIDC clients, server-side refresh. */
    webSessions: WebSessions<ResolvedTenant>;
  }
}

/**
 * Infrastructure for the web sign-in (backend for frontend): cookie parsing, the secret box, the Redis session
 * store and one openid-client configuration per tenant. Tenancy uses it to accept a session cookie where a
 * bearer token is absent; the auth module's routes create and end sessions.
 */
export const webSessionPlugin = fp<{ config: AppConfig }>(
  async (app, { config }) => {
    await app.register(cookie);
    const box = new SecretBox(config.auth.secretsKey, config.auth.previousSecretsKeys);
    const production = config.env === 'production';
    app.decorate('secretBox', box);
    app.decorate(
      'webSessions',
      new WebSessions<ResolvedTenant>({
        store: new SessionStore(app.redis, box, config.auth.sessionTtlSeconds),
        clients: new OidcClients({
          allowInsecureHttp: !production,
          // The tenant's issuer and the endpoints its discovery names are tenant input: public addresses only.
          fetch: guardedFetch({
            addresses: new AddressPolicy(config.auth.idpCheck.allowedNetworks),
            allowHttp: !production,
            timeoutMs: 5000,
            maxBytes: config.auth.idpCheck.maxBytes,
          }),
        }),
        production,
        async clientSecret(tenant, settings) {
          // The platform console's client is public (PKCE) and has no tenant schema to keep a secret in.
          if (!settings.webClientId || tenant.id === PLATFORM_SESSION_SCOPE) return undefined;
          // System work: registered after this plugin (the kernel comes later), looked up at sign-in time.
          const stored = await app.systemWork.read(tenant, 'web-session', (ctx) =>
            loadClientSecret(ctx.tx, box, settings.webClientId!),
          );
          return stored ?? resolveSecretRef(settings.clientSecretRef, config.auth.clientSecretRefs);
        },
      }),
    );
  },
  { name: 'web-session', dependencies: ['database', 'redis'] },
);
