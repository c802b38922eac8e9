/**
 * The Redis channel on which any writer of the registry (API replica or CLI) announces a change, so every
 * API replica drops its cached tenant lookups at once instead of waiting for the cache TTL.
 */
export const TENANT_REGISTRY_CHANNEL = 'dispatch:tenant-registry:invalidate';

/** Anything that can PUBLISH (an ioredis client). */
export interface Publisher {
  publish(channel: string, message: string): Promise<number>;
}

export async function announceRegistryChange(publisher: Publisher, tenantId = 'all'): Promise<void> {
  await publisher.publish(TENANT_REGISTRY_CHANNEL, tenantId);
}
