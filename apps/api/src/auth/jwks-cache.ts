import { createLocalJWKSet, errors, type JSONWebKeySet } from 'jose';
import { VerifiedTokens, type IssuerTokens } from './verified-tokens';

export class IdpUnavailableError extends Error {
  constructor(readonly issuer: string) {
    super(`The identity provider ${issuer} cannot be reached and no signing keys are cached`);
    this.name = 'IdpUnavailableError';
  }
}

export interface JwksCacheOptions {
  /** Minimum time between two fetches triggered by an unknown `kid`. */
  cooldownMs?: number;
  /** Keys older than this are refreshed in the background; stale keys keep working meanwhile. */
  maxAgeMs?: number;
  fetchTimeoutMs?: number;
  /** How the JWKS is fetched; tenant issuers use the address-checked fetch (see tenancy plugin). */
  fetchJson?: JsonFetcher;
  onFetch?: (result: 'success' | 'failure') => void;
  /** Where verified tokens are remembered: the replica's shared cache (tenancy plugin), else one of its own. */
  verifiedTokens?: VerifiedTokens;
}

type KeyResolver = (
  ...args: Parameters<ReturnType<typeof createLocalJWKSet>>
) => ReturnType<ReturnType<typeof createLocalJWKSet>>;

/**
 * One issuer's signing keys. Unlike a plain remote JWKS it keeps validating with cached keys while the
 * identity provider is down, refetches at most once per cooldown on an unknown `kid`, and reports
 * "no keys at all" distinctly so the API can answer 503 rather than 401.
 */
export class IssuerKeys {
  private local?: ReturnType<typeof createLocalJWKSet>;
  private fetchedAt = 0;
  private lastAttemptAt = 0;
  private inflight?: Promise<void>;
  private readonly cooldownMs: number;
  /** Tokens of this issuer whose signature already verified, until they expire (see verifyAccessToken). */
  readonly verified: IssuerTokens;
  private readonly maxAgeMs: number;

  constructor(
    readonly issuer: string,
    private readonly jwksUri: () => Promise<string>,
    private readonly options: JwksCacheOptions = {},
  ) {
    this.cooldownMs = options.cooldownMs ?? 30_000;
    this.maxAgeMs = options.maxAgeMs ?? 10 * 60_000;
    this.verified = (options.verifiedTokens ?? new VerifiedTokens()).forIssuer(issuer);
  }

  readonly resolve: KeyResolver = async (header, token) => {
    if (!this.local) {
      await this.refresh(true);
      if (!this.local) throw new IdpUnavailableError(this.issuer);
    } else if (Date.now() - this.fetchedAt > this.maxAgeMs) {
      void this.refresh(false);
    }
    try {
      return await this.local(header, token);
    } catch (error) {
      if (!(error instanceof errors.JWKSNoMatchingKey) || !this.cooldownPassed()) throw error;
      await this.refresh(false);
      return this.local(header, token);
    }
  };

  get hasKeys(): boolean {
    return this.local !== undefined;
  }

  private cooldownPassed(): boolean {
    return Date.now() - this.lastAttemptAt >= this.cooldownMs;
  }

  /** One fetch at a time; a failed fetch keeps whatever keys we already had. */
  private refresh(force: boolean): Promise<void> {
    if (this.inflight) return this.inflight;
    if (!force && !this.cooldownPassed()) return Promise.resolve();
    this.lastAttemptAt = Date.now();
    this.inflight = this.fetchKeys()
      .then((jwks) => {
        this.local = createLocalJWKSet(jwks);
        this.fetchedAt = Date.now();
        this.options.onFetch?.('success');
      })
      .catch(() => this.options.onFetch?.('failure'))
      .finally(() => {
        this.inflight = undefined;
      });
    return this.inflight;
  }

  private async fetchKeys(): Promise<JSONWebKeySet> {
    const fetchJson = this.options.fetchJson ?? plainFetchJson(this.options.fetchTimeoutMs ?? 3000);
    const body = (await fetchJson(await this.jwksUri())) as unknown as JSONWebKeySet;
    if (!Array.isArray(body.keys)) throw new Error('JWKS has no keys array');
    return body;
  }
}

/** GETs a JSON document; throws on anything but a 200. */
export type JsonFetcher = (url: string) => Promise<Record<string, unknown>>;

/** A plain fetch, for issuers the operator configured (the platform issuer). */
export function plainFetchJson(timeoutMs: number): JsonFetcher {
  return async (url) => {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    return (await response.json()) as Record<string, unknown>;
  };
}

/** Discovery once per issuer (cached on success), unless an explicit JWKS URI is configured. */
export function discoveredJwksUri(
  issuer: string,
  explicit?: string,
  fetchJson: JsonFetcher = plainFetchJson(3000),
): () => Promise<string> {
  let cached = explicit;
  return async () => {
    if (cached) return cached;
    const url = `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
    const document = (await fetchJson(url)) as { issuer?: string; jwks_uri?: string };
    if (document.issuer !== issuer || !document.jwks_uri)
      throw new Error('discovery document does not match the issuer');
    cached = document.jwks_uri;
    return cached;
  };
}
