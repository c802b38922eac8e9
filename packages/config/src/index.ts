export { loadConfig, loadSecretKeys, ConfigError } from './load-config';
export type { AppConfig, SecretKeys } from './load-config';
export {
  DEFAULT_TIER_LIMITS,
  RATE_LIMIT_TIERS,
  type RateLimitConfig,
  type RateLimitTier,
  type TierLimits,
} from './rate-limits';
