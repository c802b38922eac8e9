export { createTestDatabase, APP_ROLE, type TestDatabase } from './test-database';
export { testServices } from './test-services';
export { startTestIssuerServer, type TestIssuer, type TestIssuerServer } from './test-issuer';
export { seedTenantRows, seedPlan, tableDigests, type SeedTenant, type TableDigest } from './tenant-rows';
export { createTestBucket, type TestBucket } from './object-store';
