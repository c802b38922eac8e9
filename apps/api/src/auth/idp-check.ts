import { importJWK, type JWK } from 'jose';
import { ALLOWED_ALGORITHMS } from './verify-token';
import { FetchFailed, fetchJsonGuarded, type GuardedFetchOptions } from './guarded-fetch';
import type { AddressPolicy } from './public-address';

export type IdpCheckName =
  'issuer-url' | 'discovery' | 'issuer-match' | 'jwks' | 'signing-keys' | 'web-login';

export interface IdpCheck {
  name: IdpCheckName;
  ok: boolean;
  detail: string;
}

export interface IdpCheckResult {
  ok: boolean;
  issuer: string;
  checks: IdpCheck[];
}

export interface IdpCheckOptions {
  /** Plain-http issuers are only for development and tests (the dev identity provider). */
  allowHttp: boolean;
  /** Which addresses discovery, JWKS and redirects may be fetched from (public ones, plus allowed networks). */
  addresses: AddressPolicy;
  timeoutMs?: number;
  maxBytes?: number;
}

const DEFAULT_MAX_BYTES = 512 * 1024;
const DEFAULT_ALG: Record<string, string> = {
  RSA: 'RS256',
  'EC:P-256': 'ES256',
  'EC:P-384': 'ES384',
  'EC:P-521': 'ES512',
  OKP: 'EdDSA',
};

/** A key we could verify tokens with: asymmetric, for signatures, an allowed algorithm, importable, public only. */
async function usableKey(jwk: JWK): Promise<string | undefined> {
  if (jwk.use !== undefined && jwk.use !== 'sig') return undefined;
  if ('d' in jwk || 'k' in jwk) return undefined;
  const alg = jwk.alg ?? DEFAULT_ALG[jwk.kty === 'EC' ? `EC:${jwk.crv}` : (jwk.kty ?? '')];
  if (!alg || !ALLOWED_ALGORITHMS.includes(alg)) return undefined;
  try {
    await importJWK(jwk, alg);
    return `${jwk.kid ?? '(no kid)'} ${alg}`;
  } catch {
    return undefined;
  }
}

/**
 * The dry run that must pass before identity settings change: the issuer's discovery document is reachable
 * and names exactly this issuer, its JWKS has at least one usable asymmetric signing key, and (when a web
 * client is configured) it offers the endpoints the web sign-in needs. Reports every check; never throws.
 */
export async function checkIdp(
  settings: { issuer: string; jwksUri?: string; webClientId?: string },
  options: IdpCheckOptions,
): Promise<IdpCheckResult> {
  const fetchOptions: GuardedFetchOptions = {
    addresses: options.addresses,
    allowHttp: options.allowHttp,
    timeoutMs: options.timeoutMs ?? 5000,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
  };
  const checks: IdpCheck[] = [];
  const pass = (name: IdpCheckName, detail: string) => checks.push({ name, ok: true, detail });
  const fail = (name: IdpCheckName, detail: string) => {
    checks.push({ name, ok: false, detail });
    return { ok: false, issuer: settings.issuer, checks };
  };

  let issuerUrl: URL;
  try {
    issuerUrl = new URL(settings.issuer);
  } catch {
    return fail('issuer-url', 'the issuer is not a URL');
  }
  if (issuerUrl.protocol !== 'https:' && !(options.allowHttp && issuerUrl.protocol === 'http:')) {
    return fail('issuer-url', 'the issuer must use https');
  }
  if (issuerUrl.search || issuerUrl.hash || issuerUrl.username)
    return fail('issuer-url', 'the issuer must not carry a query, fragment or credentials');
  pass('issuer-url', issuerUrl.href);

  let discovery: Record<string, unknown>;
  try {
    discovery = await fetchJsonGuarded(
      `${settings.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`,
      fetchOptions,
    );
  } catch (error) {
    return fail('discovery', error instanceof FetchFailed ? error.message : 'discovery failed');
  }
  pass('discovery', 'discovery document found');

  if (discovery.issuer !== settings.issuer) {
    return fail(
      'issuer-match',
      `the discovery document names issuer ${JSON.stringify(discovery.issuer)}, not ${settings.issuer}`,
    );
  }
  pass('issuer-match', 'the discovery document names this issuer exactly');

  const jwksUri =
    settings.jwksUri ?? (typeof discovery.jwks_uri === 'string' ? discovery.jwks_uri : undefined);
  if (!jwksUri) return fail('jwks', 'no jwks_uri in the discovery document and none configured');
  let jwks: Record<string, unknown>;
  try {
    jwks = await fetchJsonGuarded(jwksUri, fetchOptions);
  } catch (error) {
    return fail('jwks', error instanceof FetchFailed ? error.message : 'JWKS fetch failed');
  }
  if (!Array.isArray(jwks.keys)) return fail('jwks', `${jwksUri} has no keys array`);
  pass('jwks', `${jwks.keys.length} key(s) at ${jwksUri}`);

  const keys = (await Promise.all((jwks.keys as JWK[]).map((key) => usableKey(key)))).filter(
    (key) => key !== undefined,
  );
  if (keys.length === 0)
    return fail('signing-keys', 'no usable asymmetric signing key (RS/PS/ES/EdDSA) in the JWKS');
  pass('signing-keys', `usable: ${keys.join(', ')}`);

  if (settings.webClientId) {
    const missing = ['authorization_endpoint', 'token_endpoint'].filter(
      (field) => typeof discovery[field] !== 'string',
    );
    const methods = discovery.code_challenge_methods_supported;
    if (missing.length) return fail('web-login', `the discovery document lacks ${missing.join(', ')}`);
    if (Array.isArray(methods) && !methods.includes('S256'))
      return fail('web-login', 'the provider does not support PKCE S256');
    const logout = typeof discovery.end_session_endpoint === 'string' ? 'with' : 'without';
    pass('web-login', `authorization code + PKCE available, ${logout} RP-initiated logout`);
  }
  return { ok: true, issuer: settings.issuer, checks };
}
