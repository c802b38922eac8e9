export {
  loadConfig,
  loadSecretKeys,
  loadObjectStorage,
  loadDatabaseTools,
  configVariables,
  loadVaultConfig,
  ConfigError,
  DEFAULT_ATTACHMENT_CONTENT_TYPES,
} from './load-config';
export type {
  AppConfig,
  DatabaseToolSettings,
  SecretKeys,
  ObjectStorageConfig,
  S3Config,
} from './load-config';
export {
  DEFAULT_TIER_LIMITS,
  RATE_LIMIT_TIERS,
  type RateLimitConfig,
  type RateLimitTier,
  type TierLimits,
} from './rate-limits';
export { VAULT_AUTH_METHODS, type VaultAuthMethod, type VaultConfig } from './vault-config';
