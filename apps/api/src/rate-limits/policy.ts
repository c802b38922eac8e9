import type { RateLimitConfig, RateLimitTier, TierLimits } from '@dispatch/config';

export type BucketName = 'user' | 'tenant' | 'reports' | 'anonymous' | 'handshake';
export const LIMIT_FIELDS = ['user', 'tenant', 'reports'] as const satisfies ReadonlyArray<keyof TierLimits>;
export const MAX_LIMIT = 10_000_000;

/**
 * A tenant's own limits from its registry settings (`settings.rateLimits`), field by field; anything that is
 * not a whole number from 1 to MAX_LIMIT is ignored, so a bad override falls back to the tier's figure.
 */
export function tenantLimitOverrides(settings: Record<string, unknown> | undefined): Partial<TierLimits> {
  const raw = settings?.rateLimits;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
  const overrides: Partial<TierLimits> = {};
  for (const field of LIMIT_FIELDS) {
    const value = Object.hasOwn(raw, field) ? (raw as Record<string, unknown>)[field] : undefined;
    if (Number.isSafeInteger(value) && (value as number) >= 1 && (value as number) <= MAX_LIMIT)
      overrides[field] = value as number;
  }
  return overrides;
}

/** Registry settings with the tenant's limit overrides replaced (null: removed, back to the tier's). */
export function withLimitOverrides(
  settings: Record<string, unknown>,
  overrides: Partial<TierLimits> | null,
): Record<string, unknown> {
  const { rateLimits: _previous, ...rest } = settings;
  return overrides === null ? rest : { ...rest, rateLimits: overrides };
}

/** The limits a tenant gets: its tier's defaults with its own overrides on top. */
export function limitsFor(
  config: RateLimitConfig,
  tenant: { tier: RateLimitTier; rateLimits: Partial<TierLimits> },
): TierLimits {
  return { ...config.tiers[tenant.tier], ...tenant.rateLimits };
}

/** One bucket's state after a request was counted. */
export interface BucketState {
  bucket: BucketName;
  limit: number;
  remaining: number;
  /** Seconds until the window resets. */
  resetSeconds: number;
  exceeded: boolean;
}

/**
 * The IETF RateLimit header fields (draft-ietf-httpapi-ratelimit-headers): `RateLimit-Policy` names every
 * policy that applied with its quota and window, `RateLimit` what is left of each and when it resets.
 */
export function rateLimitHeaders(
  states: readonly BucketState[],
  windowSeconds: number,
): Record<string, string> {
  return {
    'ratelimit-policy': states
      .map((state) => `"${state.bucket}";q=${state.limit};w=${windowSeconds}`)
      .join(', '),
    ratelimit: states
      .map((state) => `"${state.bucket}";r=${state.remaining};t=${state.resetSeconds}`)
      .join(', '),
  };
}
