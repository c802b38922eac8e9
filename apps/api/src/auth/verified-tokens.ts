import type { JWTPayload } from 'jose';
import { LRUCache } from 'lru-cache';

/** The verified tokens of one issuer: its view of a `VerifiedTokens` cache that many issuers may share. */
export interface IssuerTokens {
  has(token: string): boolean;
  get(token: string): JWTPayload | undefined;
  set(token: string, payload: JWTPayload, options: { ttl: number }): void;
}

/** Entries a replica remembers, over every issuer: about two live tokens each for 5,000 active users. */
export const VERIFIED_TOKENS_MAX = 10_000;

/**
 * Tokens whose signature verified, until they expire (see verifyAccessToken): one bounded cache for a whole
 * replica, however many tenant issuers it serves. lru-cache allocates every slot up front (about 320 KiB of
 * heap for 10,000), so a cache per issuer cost that much per tenant even when it held a handful of tokens:
 * 26 MiB at the bench's 70 tenants, over 300 MiB at 1,000. An entry serves only the issuer that verified it.
 */
export class VerifiedTokens {
  private readonly cache: LRUCache<string, { issuer: string; payload: JWTPayload }>;

  constructor(max = VERIFIED_TOKENS_MAX) {
    this.cache = new LRUCache({ max, ttlAutopurge: false });
  }

  forIssuer(issuer: string): IssuerTokens {
    const get = (token: string) => {
      const entry = this.cache.get(token);
      return entry?.issuer === issuer ? entry.payload : undefined;
    };
    return {
      has: (token) => get(token) !== undefined,
      get,
      set: (token, payload, { ttl }) => void this.cache.set(token, { issuer, payload }, { ttl }),
    };
  }

  get size(): number {
    return this.cache.size;
  }
}
