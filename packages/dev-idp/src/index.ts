export type {
  DevClient,
  DevGrantType,
  DevIdp,
  DevIdpKeys,
  DevRealm,
  DevTokens,
  DevUser,
  StartDevIdpOptions,
  TokenForOptions,
} from './types';
export { startDevIdp } from './server';
export { demoRealms, demoUsers, PLATFORM_REALM, TENANT_REALMS } from './demo';
export { DEFAULT_PASSWORD, subjectFor } from './accounts';
export { TEST_CLIENT } from './provider';
