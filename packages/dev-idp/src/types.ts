import type { JWK } from 'jose';

export interface DevUser {
  username: string;
  /** Defaults to `demo`. */
  password?: string;
  name: string;
  email: string;
  roles: string[];
  region?: string;
  /** When true the user always signs in with a second factor: amr ['pwd','otp'], acr 'mfa'. */
  mfa?: boolean;
  /** Stable subject; defaults to a UUID-like value derived from realm + username. */
  sub?: string;
}

export type DevGrantType = 'authorization_code' | 'refresh_token' | 'client_credentials';

export interface DevClient {
  clientId: string;
  /** Confidential client when set, public (PKCE required) otherwise. */
  clientSecret?: string;
  redirectUris?: string[];
  postLogoutRedirectUris?: string[];
  grantTypes?: DevGrantType[];
  /** Roles carried by client_credentials tokens (the client's service account). */
  serviceAccountRoles?: string[];
}

export interface DevRealm {
  name: string;
  apiAudience: string;
  users: DevUser[];
  clients: DevClient[];
  /** Defaults to 300, like Keycloak. */
  accessTokenTtlSeconds?: number;
}

/** Private signing keys per realm name; pass back to `startDevIdp` to restart with the same keys. */
export type DevIdpKeys = Record<string, JWK[]>;

export interface TokenForOptions {
  /** Defaults to the built-in public `dev-test` client. */
  clientId?: string;
  /**
   * true: request `acr_values=mfa` (step-up); false: password only, even for MFA users;
   * undefined: the user's own setting.
   */
  mfa?: boolean;
  /** Defaults to `openid profile email`. */
  scope?: string;
}

export interface DevTokens {
  accessToken: string;
  refreshToken?: string;
  idToken?: string;
}

export interface DevIdp {
  /** Base URL, e.g. http://127.0.0.1:4000 (the public URL when one was given). */
  url: string;
  /** `${url}/realms/${realm}` */
  issuer(realm: string): string;
  /** Runs a real authorization-code + PKCE flow over HTTP for a seeded user. */
  tokenFor(realm: string, username: string, opts?: TokenForOptions): Promise<DevTokens>;
  /** Private signing keys in use, to restart with the same keys. */
  getKeys(): DevIdpKeys;
  /** Adds a realm to the running server (a fresh key unless `keys` has one); an existing name is kept. */
  addRealm(realm: DevRealm): Promise<{ issuer: string; added: boolean }>;
  close(): Promise<void>;
}

export interface StartDevIdpOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Defaults to 127.0.0.1. */
  host?: string;
  /** Base URL the issuers are built from, when it differs from the listening address. */
  publicUrl?: string;
  realms: DevRealm[];
  /** Signing keys per realm; realms without keys get a fresh RS256 key. */
  keys?: DevIdpKeys;
  /**
   * Enables `POST /admin/realms` with `{"slug":"…"}` from loopback callers: adds the realm `realmFor(slug)`
   * returns, then calls `onRealmAdded` (the dev start command persists it). Development only.
   */
  admin?: { realmFor(slug: string): DevRealm; onRealmAdded?(realm: DevRealm): Promise<void> | void };
}
