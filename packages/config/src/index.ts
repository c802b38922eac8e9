export { loadConfig, loadSecretKeys, ConfigError, DEFAULT_ATTACHMENT_CONTENT_TYPES } from './load-config';
export type { AppConfig, SecretKeys, ObjectStorageConfig, S3Config } from './load-config';
export {
  DEFAULT_TIER_LIMITS,
  RATE_LIMIT_TIERS,
  type RateLimitConfig,
  type RateLimitTier,
  type TierLimits,
} from './rate-limits';
