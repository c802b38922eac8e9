import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { decodeJwt } from 'jose';
import * as oidc from 'openid-client';
import { AppError } from '#src/kernel/problems';
import type { TenantIdpSettings } from './idp-settings';
import type { OidcClients } from './oidc-clients';
import type { SessionStore, WebSession } from './session-store';
import { assertSameOriginWrite } from './csrf';

/** Refresh this long before the access token expires, so a request never carries a token about to lapse. */
export const REFRESH_LEEWAY_SECONDS = 30;
const WAIT_FOR_OTHER_REFRESH_MS = 5000;

export interface SessionCookie {
  name: string;
  secure: boolean;
}

/** What sessions need of a tenant: its id scopes them; the rest is handed back to `clientSecret`. */
export interface SessionTenant {
  id: string;
}

export interface WebSessionsOptions<T extends SessionTenant> {
  store: SessionStore;
  clients: OidcClients;
  /** The web client's secret for a tenant (decrypted or resolved from its reference), if it has one. */
  clientSecret(tenant: T, settings: TenantIdpSettings): Promise<string | undefined>;
  /** Production always sets Secure cookies; elsewhere they are Secure when the request came over https. */
  production: boolean;
}

const nowSeconds = () => Math.floor(Date.now() / 1000);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const sessionExpired = () => new AppError('session-expired', 'Your sign-in has ended; sign in again');

/** Epoch seconds when an access token expires: its `exp`, else what the token response said. */
export function accessTokenExpiry(accessToken: string, expiresIn: number | undefined): number {
  try {
    const { exp } = decodeJwt(accessToken);
    if (typeof exp === 'number') return exp;
  } catch {
    // opaque token: fall back to expires_in
  }
  return nowSeconds() + (expiresIn ?? 60);
}

/**
 * The server side of the browser sign-in: which cookie names the session, the OIDC client of a tenant, and
 * the access token behind a session cookie, refreshed server-side when it is about to expire.
 */
export class WebSessions<T extends SessionTenant = SessionTenant> {
  private readonly inflight = new Map<string, Promise<WebSession>>();

  constructor(private readonly options: WebSessionsOptions<T>) {}

  get store(): SessionStore {
    return this.options.store;
  }

  /** `__Host-` prefix whenever the cookie is Secure: bound to this exact host, path `/`, no Domain. */
  cookie(request: FastifyRequest): SessionCookie {
    const secure = this.options.production || request.protocol === 'https';
    return { name: secure ? '__Host-dispatch_session' : 'dispatch_session', secure };
  }

  loginCookie(request: FastifyRequest): SessionCookie {
    const { secure } = this.cookie(request);
    return { name: secure ? '__Host-dispatch_login' : 'dispatch_login', secure };
  }

  sessionId(request: FastifyRequest): string | undefined {
    return request.cookies[this.cookie(request).name];
  }

  async client(tenant: T, settings: TenantIdpSettings): Promise<oidc.Configuration> {
    if (!settings.webClientId) {
      throw new AppError('web-login-not-configured', 'This tenant has no web client configured for sign-in');
    }
    const clientSecret = await this.options.clientSecret(tenant, settings);
    try {
      return await this.options.clients.get({
        tenantId: tenant.id,
        issuer: settings.issuer,
        clientId: settings.webClientId,
        clientSecret,
      });
    } catch {
      throw new AppError('idp-unavailable', 'The identity provider cannot be reached; try again shortly');
    }
  }

  /**
   * The access token of the request's session cookie, or undefined when there is no cookie. Writes must pass
   * the CSRF check; a session that cannot be refreshed any more is ended (401 session-expired).
   */
  async accessToken(
    request: FastifyRequest,
    tenant: T,
    settings: TenantIdpSettings,
  ): Promise<string | undefined> {
    const id = this.sessionId(request);
    if (!id) return undefined;
    assertSameOriginWrite(request);
    const session = await this.store.get(tenant.id, id);
    if (!session) throw sessionExpired();
    return (await this.fresh(tenant, settings, id, session)).accessToken;
  }

  /** The session with an access token valid for at least the leeway; one refresh per session at a time. */
  fresh(
    tenant: T,
    settings: TenantIdpSettings,
    id: string,
    session: WebSession,
  ): Promise<WebSession> | WebSession {
    if (session.accessExpiresAt - nowSeconds() > REFRESH_LEEWAY_SECONDS) return session;
    const key = createHash('sha256').update(`${tenant.id}:${id}`).digest('base64url');
    let pending = this.inflight.get(key);
    if (!pending) {
      pending = this.refresh(tenant, settings, id, session).finally(() => this.inflight.delete(key));
      this.inflight.set(key, pending);
    }
    return pending;
  }

  private async refresh(
    tenant: T,
    settings: TenantIdpSettings,
    id: string,
    session: WebSession,
  ): Promise<WebSession> {
    const release = await this.store.lockRefresh(tenant.id, id);
    if (!release) return this.awaitOtherRefresh(tenant.id, id, session);
    try {
      // Another replica may have refreshed between our read and the lock.
      const current = (await this.store.get(tenant.id, id)) ?? session;
      if (current.accessExpiresAt - nowSeconds() > REFRESH_LEEWAY_SECONDS) return current;
      if (!current.refreshToken) return this.endIfExpired(tenant.id, id, current);
      let tokens: oidc.TokenEndpointResponse;
      try {
        tokens = await oidc.refreshTokenGrant(await this.client(tenant, settings), current.refreshToken);
      } catch (error) {
        if (
          error instanceof oidc.ResponseBodyError &&
          (error.error === 'invalid_grant' || error.status === 400)
        ) {
          // The IdP ended the session (logout elsewhere, idle timeout, revoked): so do we.
          await this.store.destroy(tenant.id, id);
          throw sessionExpired();
        }
        // The IdP is unreachable: keep using the access token while it is still valid.
        if (current.accessExpiresAt > nowSeconds()) return current;
        throw new AppError(
          'idp-unavailable',
          'The identity provider cannot be reached to renew your sign-in',
        );
      }
      const updated: WebSession = {
        ...current,
        accessToken: tokens.access_token,
        accessExpiresAt: accessTokenExpiry(tokens.access_token, tokens.expires_in),
        refreshToken: tokens.refresh_token ?? current.refreshToken,
        idToken: tokens.id_token ?? current.idToken,
      };
      await this.store.save(id, updated);
      return updated;
    } finally {
      await release();
    }
  }

  private async awaitOtherRefresh(tenantId: string, id: string, session: WebSession): Promise<WebSession> {
    const deadline = Date.now() + WAIT_FOR_OTHER_REFRESH_MS;
    while (Date.now() < deadline) {
      await sleep(100);
      const current = await this.store.get(tenantId, id);
      if (!current) throw sessionExpired();
      if (current.accessExpiresAt > session.accessExpiresAt) return current;
    }
    if (session.accessExpiresAt > nowSeconds()) return session;
    throw new AppError('idp-unavailable', 'Your sign-in is being renewed; try again shortly');
  }

  private async endIfExpired(tenantId: string, id: string, session: WebSession): Promise<WebSession> {
    if (session.accessExpiresAt > nowSeconds()) return session;
    await this.store.destroy(tenantId, id);
    throw sessionExpired();
  }
}
