export { loadConfig, ConfigError } from './load-config';
export type { AppConfig } from './load-config';
export {
  DEFAULT_TIER_LIMITS,
  RATE_LIMIT_TIERS,
  type RateLimitConfig,
  type RateLimitTier,
  type TierLimits,
} from './rate-limits';
