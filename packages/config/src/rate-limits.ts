/**
 * Request limits per tenant tier (api.md Limits). Every figure is requests per window (`windowSeconds`).
 * A tenant may be given its own figures in the registry (`settings.rateLimits`), which replace these
 * field by field; see docs/abuse-resistance.md.
 */
export interface TierLimits {
  /** One user of the tenant, every route. */
  user: number;
  /** The whole tenant together, every route. */
  tenant: number;
  /** Report generation and CSV exports (`/api/reports/*`), the tenant together. */
  reports: number;
}

export const RATE_LIMIT_TIERS = ['trial', 'standard', 'premium', 'enterprise'] as const;
export type RateLimitTier = (typeof RATE_LIMIT_TIERS)[number];

/** Trial lowest, enterprise highest. Sized so a busy dispatcher never meets them, a runaway script soon does. */
export const DEFAULT_TIER_LIMITS: Readonly<Record<RateLimitTier, Readonly<TierLimits>>> = {
  trial: { user: 120, tenant: 600, reports: 10 },
  standard: { user: 600, tenant: 3_000, reports: 30 },
  premium: { user: 1_200, tenant: 6_000, reports: 60 },
  enterprise: { user: 3_000, tenant: 20_000, reports: 120 },
};

export interface RateLimitConfig {
  /** Off only for tests and benchmarks that measure something else. */
  enabled: boolean;
  windowSeconds: number;
  tiers: Record<RateLimitTier, TierLimits>;
  /** Unauthenticated requests per client IP: `/auth/*`, and failures (bad tokens, unknown hosts). */
  anonymousPerIp: number;
  /** Socket.IO handshakes per client IP. */
  handshakesPerIp: number;
  /** Sockets one user may hold open on one replica. */
  socketsPerUser: number;
}
