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
export {
  demoRealms,
  demoUsers,
  tenantRealm,
  PLATFORM_REALM,
  PLATFORM_WEB_CLIENT_ID,
  TENANT_REALMS,
  type WebRedirectBase,
} from './demo';
export { DEFAULT_PASSWORD, subjectFor } from './accounts';
export { TEST_CLIENT } from './provider';
