import type { JWK } from 'jose';
import Provider, { interactionPolicy, type ClientMetadata, type Configuration } from 'oidc-provider';
import { userClaims, type AccountDirectory } from './accounts';
import type { RealmStore } from './adapter';
import { grantEverythingRequested } from './grants';
import { autoConfirmLogout } from './logout';
import { errorPage, logoutConfirmPage, loggedOutPage } from './pages';
import { ACR_DEFAULT, ACR_MFA, keycloakAccessTokenClaims } from './token-claims';
import type { DevClient, DevRealm } from './types';

/** Built-in public client used by `tokenFor`; its redirect URI is never served, only read. */
export const TEST_CLIENT: DevClient = {
  clientId: 'dev-test',
  redirectUris: ['http://127.0.0.1/callback'],
  postLogoutRedirectUris: ['http://127.0.0.1/logged-out'],
  grantTypes: ['authorization_code', 'refresh_token'],
};

export const SCOPES = ['openid', 'profile', 'email', 'offline_access'];

// Keycloak's endpoint paths, relative to the issuer.
const OIDC = '/protocol/openid-connect';
export const ROUTES = {
  authorization: `${OIDC}/auth`,
  token: `${OIDC}/token`,
  jwks: `${OIDC}/certs`,
  userinfo: `${OIDC}/userinfo`,
  end_session: `${OIDC}/logout`,
  revocation: `${OIDC}/revoke`,
  introspection: `${OIDC}/token/introspect`,
  pushed_authorization_request: `${OIDC}/ext/par/request`,
} as const;

// Fixed, well-known cookie signing key: this provider is for development and tests only.
const DEV_COOKIE_KEYS = ['dispatch-dev-idp-cookie-key-not-a-secret'];

/** Resource indicator standing for the realm's API; `aud` is the plain `apiAudience` (Keycloak style). */
export function apiResource(realm: DevRealm): string {
  return `urn:dispatch:resource:${realm.apiAudience}`;
}

export function requestsMfa(acrValues: unknown): boolean {
  return typeof acrValues === 'string' && acrValues.split(' ').includes(ACR_MFA);
}

function clientMetadata(c: DevClient): ClientMetadata {
  const grantTypes =
    c.grantTypes ??
    (c.redirectUris?.length ? ['authorization_code', 'refresh_token'] : ['client_credentials']);
  return {
    client_id: c.clientId,
    ...(c.clientSecret ? { client_secret: c.clientSecret } : {}),
    token_endpoint_auth_method: c.clientSecret ? 'client_secret_basic' : 'none',
    grant_types: grantTypes,
    response_types: grantTypes.includes('authorization_code') ? ['code'] : [],
    redirect_uris: c.redirectUris ?? [],
    post_logout_redirect_uris: c.postLogoutRedirectUris ?? [],
  };
}

/**
 * Login prompt that also fires when `acr_values=mfa` asks for more than the session has (step-up), unless the
 * user just chose "password only" on the sign-in page (the interaction result says so).
 */
function policy() {
  const { base, Check } = interactionPolicy;
  const prompts = base();
  prompts
    .get('login')
    ?.checks.add(
      new Check('acr_mfa', 'a second factor was requested', (ctx) =>
        requestsMfa(ctx.oidc.params?.acr_values) &&
        ctx.oidc.acr !== ACR_MFA &&
        (ctx.oidc.result as { mfaDeclined?: boolean } | undefined)?.mfaDeclined !== true
          ? Check.REQUEST_PROMPT
          : Check.NO_NEED_TO_PROMPT,
      ),
    );
  return prompts;
}

export interface RealmProviderOptions {
  realm: DevRealm;
  issuer: string;
  keys: JWK[];
  accounts: AccountDirectory;
  store: RealmStore;
}

/** One oidc-provider instance shaped like a Keycloak realm, mounted at the issuer's path. */
export function createRealmProvider({
  realm,
  issuer,
  keys,
  accounts,
  store,
}: RealmProviderOptions): Provider {
  const mountPath = new URL(issuer).pathname;
  const accessTokenTTL = realm.accessTokenTtlSeconds ?? 300;
  const resource = apiResource(realm);
  const clients = [
    ...realm.clients,
    ...(realm.clients.some((c) => c.clientId === TEST_CLIENT.clientId) ? [] : [TEST_CLIENT]),
  ];

  const configuration: Configuration = {
    adapter: store.adapterFor,
    clients: clients.map(clientMetadata),
    jwks: { keys: keys as NonNullable<Configuration['jwks']>['keys'] },
    routes: ROUTES,
    responseTypes: ['code'],
    scopes: SCOPES,
    claims: {
      sid: null,
      iss: null,
      // Under `openid` so ID tokens always carry them, as Keycloak's do (top-level `null` claims
      // would only appear when requested through the claims parameter or acr_values).
      openid: ['sub', 'acr', 'amr', 'auth_time', 'realm_access', 'region'],
      profile: ['name', 'given_name', 'family_name', 'preferred_username'],
      email: ['email', 'email_verified'],
    },
    acrValues: [ACR_DEFAULT, ACR_MFA],
    // Like Keycloak's "web origins: +": CORS for the origins of the client's redirect URIs.
    clientBasedCORS: (_ctx, origin, client) =>
      (client.redirectUris ?? []).some((uri) => new URL(uri).origin === origin),
    async findAccount(_ctx, sub) {
      const user = accounts.bySub(sub);
      if (!user) return undefined;
      return { accountId: sub, claims: () => userClaims(realm.name, user) };
    },
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      revocation: { enabled: true },
      introspection: { enabled: true },
      // Served by our own handler (see userinfo.ts), but advertised in discovery from here.
      userinfo: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => resource,
        // Keep the API audience on every access token, even when `openid` is requested.
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, indicator) => {
          if (indicator !== resource) throw new Error(`unknown resource ${indicator}`);
          return {
            scope: SCOPES.filter((s) => s !== 'offline_access').join(' '),
            audience: realm.apiAudience,
            accessTokenFormat: 'jwt',
            accessTokenTTL,
            jwt: { sign: { alg: 'RS256' } },
          };
        },
      },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx, form) => {
          ctx.body = logoutConfirmPage(realm.name, form);
        },
        postLogoutSuccessSource: (ctx) => {
          ctx.body = loggedOutPage(realm.name);
        },
      },
    },
    // Like Keycloak: refresh tokens for every client allowed the grant, without `offline_access`.
    issueRefreshToken: (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    loadExistingGrant: grantEverythingRequested,
    extraTokenClaims: keycloakAccessTokenClaims(realm, accounts),
    formats: {
      customizers: {
        // Keycloak access tokens use `typ: JWT`, not RFC 9068's `at+jwt`.
        jwt: (_ctx, _token, parts) => {
          parts.header = { ...parts.header, typ: 'JWT' };
        },
      },
    },
    interactions: {
      url: (_ctx, interaction) => `${mountPath}/interaction/${interaction.uid}`,
      policy: policy(),
    },
    cookies: {
      keys: DEV_COOKIE_KEYS,
      // The session cookie is scoped to the realm like Keycloak's, so realms on one host keep
      // separate sessions; interaction cookies get their own narrower paths from oidc-provider.
      long: { httpOnly: true, sameSite: 'lax', path: `${mountPath}/` },
      short: { httpOnly: true, sameSite: 'lax' },
    },
    ttl: {
      AccessToken: accessTokenTTL,
      ClientCredentials: accessTokenTTL,
      AuthorizationCode: 60,
      IdToken: accessTokenTTL,
      RefreshToken: 30 * 60,
      Interaction: 60 * 60,
      Session: 10 * 60 * 60,
      Grant: 10 * 60 * 60,
    },
    renderError: (ctx, out) => {
      ctx.type = 'html';
      ctx.body = errorPage(out);
    },
  };

  const provider = new Provider(issuer, configuration);
  // Keycloak puts `sid` in every ID and access token; oidc-provider only does so for clients that
  // require back-channel logout sessions. Its Client class is per provider, so this stays local.
  (provider.Client.prototype as { includeSid(): boolean }).includeSid = () => true;
  provider.use(autoConfirmLogout(store));
  return provider;
}
