import { createRequire } from 'node:module';
import type { Redis } from 'ioredis';
import type { FastifyRateLimitStoreCtor } from '@fastify/rate-limit';

/** The part of @fastify/rate-limit's store contract this app uses. */
interface Store {
  incr(
    key: string,
    callback: (error: Error | null, result?: { current: number; ttl: number }) => void,
    timeWindow: number,
    max: number,
  ): void;
  read(
    key: string,
    callback: (error: Error | null, result?: { current: number; ttl: number }) => void,
    timeWindow: number,
    max: number,
  ): void;
  child(options: unknown): Store;
}

// The library's own Redis store (one Lua script per count, atomic across replicas). It is not exported by
// name, so it is loaded from its file; the package has no `exports` map that would forbid it.
const LibraryRedisStore = createRequire(import.meta.url)('@fastify/rate-limit/store/RedisStore.js') as new (
  continueExceeding: boolean,
  exponentialBackoff: boolean,
  redis: Redis,
  prefix: string,
) => Store;

/**
 * The library's Redis store under one prefix of ours. Its `child` (one prefix per route, which here would read
 * `undefinedundefined-` because buckets are not routes) is replaced: our keys already name their bucket.
 */
export function sharedRedisStore(redis: Redis, prefix: string): FastifyRateLimitStoreCtor {
  const store = new LibraryRedisStore(false, false, redis, prefix);
  store.child = () => store;
  // The plugin constructs its store itself; this constructor hands it the one above.
  return function SharedRedisStore() {
    return store;
  } as unknown as FastifyRateLimitStoreCtor;
}
