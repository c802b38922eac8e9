import * as oidc from 'openid-client';
import { AppError } from '#src/kernel/problems';
import type { TenantIdpSettings } from '#src/auth/idp-settings';
import type { TenantUser } from '#src/auth/tenant-user';
import type { SessionStore, WebSession } from '#src/auth/session-store';
import type { SecretBox } from '#src/auth/secret-box';
import {
  LOGIN_TRANSACTION_TTL_SECONDS,
  openLoginTransaction,
  sealLoginTransaction,
} from '#src/auth/login-transaction';
import { accessTokenExpiry } from '#src/auth/web-sessions';
import type { ResolvedTenant } from '#src/tenancy/tenant-directory';
import type { MeDto } from './auth.schemas';

export interface AuthContext {
  tenant: ResolvedTenant;
  settings: TenantIdpSettings;
  /** The tenant's OIDC client (discovered, with its secret when confidential). */
  client(): Promise<oidc.Configuration>;
  store: SessionStore;
  /** Seals the login transaction into its cookie. */
  box: SecretBox;
  /** `{protocol}://{host}` of the tenant as the browser sees it. */
  origin: string;
}

export const SCOPE = 'openid profile email';

export const RETURN_TO_MAX_LENGTH = 512;

/**
 * Where to send the browser after sign-in: only a plain ASCII path on the tenant's own host (never another
 * origin such as `//evil`, `/\evil` or `https://…`, never control characters, spaces or non-ASCII, which a
 * Location header cannot carry), at most RETURN_TO_MAX_LENGTH characters; anything else is the home page.
 */
export function safeReturnTo(value: string | undefined, origin: string): string {
  if (!value || value.length > RETURN_TO_MAX_LENGTH) return '/';
  if (!/^\/[\x21-\x7e]*$/.test(value) || value.startsWith('//') || value.includes('\\')) return '/';
  try {
    const target = new URL(value, origin);
    return target.origin === new URL(origin).origin ? value : '/';
  } catch {
    return '/';
  }
}

const signInFailed = (detail: string) => new AppError('sign-in-failed', detail);

/**
 * Starts the authorization-code flow with PKCE, state and nonce. The transaction is returned sealed for the
 * browser's short-lived login cookie (nothing is stored server-side for an anonymous caller); the cookie also
 * binds the state to the browser that started (no login CSRF). When the tenant requires MFA for some roles,
 * the IdP is asked for it with `acr_values`.
 */
export async function startLogin(
  ctx: AuthContext,
  returnTo: string | undefined,
): Promise<{ url: string; transaction: string }> {
  const config = await ctx.client();
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const redirectUri = `${ctx.origin}/auth/callback`;
  const { mfa } = ctx.settings;
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: SCOPE,
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
    ...(mfa.roles.length > 0 && mfa.acrValues.length > 0 ? { acr_values: mfa.acrValues.join(' ') } : {}),
  });
  const transaction = sealLoginTransaction(ctx.box, ctx.tenant.id, {
    state,
    codeVerifier,
    nonce,
    returnTo: safeReturnTo(returnTo, ctx.origin),
    redirectUri,
    expiresAt: Math.floor(Date.now() / 1000) + LOGIN_TRANSACTION_TTL_SECONDS,
  });
  return { url: url.href, transaction };
}

export interface FinishedLogin {
  tokens: { accessToken: string; refreshToken?: string; idToken?: string; expiresIn?: number };
  returnTo: string;
}

/**
 * Opens the browser's sealed transaction, checks its state against the callback's, redeems the code (PKCE
 * verifier, nonce) once and returns the tokens.
 */
export async function finishLogin(
  ctx: AuthContext,
  query: Record<string, string | undefined>,
  loginCookie: string | undefined,
): Promise<FinishedLogin> {
  if (query.error) {
    throw signInFailed(
      `The identity provider refused the sign-in: ${query.error}${query.error_description ? ` (${query.error_description})` : ''}`,
    );
  }
  const state = query.state;
  const expired = () =>
    new AppError('login-expired', 'This sign-in expired or was already used; start again');
  const login = openLoginTransaction(ctx.box, ctx.tenant.id, loginCookie);
  if (!state || !loginCookie || (login && state !== login.state)) {
    throw new AppError('login-state-mismatch', 'This sign-in was not started in this browser; start again');
  }
  if (!login || (await ctx.store.loginUsed(ctx.tenant.id, state))) throw expired();

  const config = await ctx.client();
  const currentUrl = new URL(login.redirectUri);
  for (const [key, value] of Object.entries(query))
    if (value !== undefined) currentUrl.searchParams.set(key, value);
  let response: oidc.TokenEndpointResponse & oidc.TokenEndpointResponseHelpers;
  try {
    response = await oidc.authorizationCodeGrant(config, currentUrl, {
      pkceCodeVerifier: login.codeVerifier,
      expectedState: state,
      expectedNonce: login.nonce,
      idTokenExpected: true,
    });
  } catch (error) {
    const reason = error instanceof oidc.ResponseBodyError ? error.error : (error as Error).message;
    throw signInFailed(`The sign-in could not be completed: ${reason}`);
  }
  // One use only: two callbacks racing with the same transaction cannot both get a session.
  if (!(await ctx.store.markLoginUsed(ctx.tenant.id, state, login.expiresAt))) throw expired();
  return {
    tokens: {
      accessToken: response.access_token,
      refreshToken: response.refresh_token,
      idToken: response.id_token,
      expiresIn: response.expires_in,
    },
    returnTo: safeReturnTo(login.returnTo, ctx.origin),
  };
}

/** A session for a user whose access token has been verified like any bearer token. */
export async function createSession(
  ctx: AuthContext,
  user: Pick<TenantUser, 'sub'>,
  tokens: FinishedLogin['tokens'],
) {
  return ctx.store.create({
    tenantId: ctx.tenant.id,
    sub: user.sub,
    accessToken: tokens.accessToken,
    accessExpiresAt: accessTokenExpiry(tokens.accessToken, tokens.expiresIn),
    refreshToken: tokens.refreshToken,
    idToken: tokens.idToken,
  });
}

/**
 * Ends the session here and returns where the browser goes to end it at the IdP as well (RP-initiated
 * logout with `id_token_hint`, back to the tenant's home page). Without a session it is the home page.
 */
export async function logout(
  ctx: AuthContext,
  sessionId: string | undefined,
): Promise<{ logoutUrl: string }> {
  const home = `${ctx.origin}/`;
  const session: WebSession | undefined = sessionId
    ? await ctx.store.get(ctx.tenant.id, sessionId)
    : undefined;
  if (!sessionId || !session) return { logoutUrl: home };
  await ctx.store.destroy(ctx.tenant.id, sessionId);
  try {
    const config = await ctx.client();
    if (!config.serverMetadata().end_session_endpoint) return { logoutUrl: home };
    const url = oidc.buildEndSessionUrl(config, {
      post_logout_redirect_uri: home,
      ...(session.idToken ? { id_token_hint: session.idToken } : {}),
    });
    return { logoutUrl: url.href };
  } catch {
    // Our session is gone either way; the IdP's ends when it expires or at the next sign-out there.
    return { logoutUrl: home };
  }
}

export function me(tenant: ResolvedTenant, user: TenantUser): MeDto {
  return {
    user: { sub: user.sub, name: user.name, email: user.email ?? null },
    roles: user.roles,
    region: user.region ?? null,
    tenant: { id: tenant.id, slug: tenant.slug, name: tenant.name, tier: tenant.tier },
  };
}
