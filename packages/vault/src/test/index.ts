export { startVaultStandIn, type VaultStandIn, type VaultStandInOptions } from './vault-stand-in';
export { startTestVault, type TestVault, type TestVaultOptions } from './test-vault';
