export { loadVaultSecrets, type VaultSecrets } from './vault-secrets';
export {
  openVaultSession,
  type VaultSession,
  type VaultSessionEvent,
  type VaultClient,
} from './vault-session';
export { vaultCredentialIssuer } from './database-credentials';
export { readKvEnvironment } from './kv-environment';
