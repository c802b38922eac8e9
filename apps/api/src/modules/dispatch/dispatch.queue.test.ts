import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedisServer, type RedisServer } from '@dispatch/local-services';
import { connectRedis } from '#src/plugins/redis';
import { DispatchQueue, queueKeys, queueMember } from './dispatch.queue';

/** Read events the Redis server has processed: one per batch of commands a client wrote at once. */
async function readsProcessed(redis: Redis): Promise<number> {
  const stats = await redis.info('stats');
  return Number(/^total_reads_processed:(\d+)/m.exec(stats)?.[1]);
}

describe('dispatch queue on Redis', () => {
  let dir: string;
  let server: RedisServer;
  let redis: Redis;

  beforeAll(async () => {
    // A server of its own: the read count must see this test's commands only.
    dir = await mkdtemp(join(tmpdir(), 'dispatch-queue-'));
    server = await startRedisServer({ dir, aof: false });
    redis = connectRedis(server.url, 'queue-test');
    await redis.ping();
  });

  afterAll(async () => {
    await redis?.quit();
    await server?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('enqueues and marks the tenant as having a queue in one round trip', async () => {
    const queue = new DispatchQueue(redis);
    const tenantId = randomUUID();
    const typeId = randomUUID();
    const requestId = randomUUID();
    // Loads the scripts, so the measured enqueue is an EVALSHA as in steady state.
    await queue.enqueue(randomUUID(), typeId, [
      { requestId: randomUUID(), priority: 'standard', queueSeq: 1, region: null },
    ]);

    const before = await readsProcessed(redis);
    const added = await queue.enqueue(tenantId, typeId, [
      { requestId, priority: 'urgent', queueSeq: 2, region: 'north' },
    ]);
    // The second INFO is one read event; the enqueue and the SADD shared the other.
    expect((await readsProcessed(redis)) - before).toBe(2);

    expect(added).toBe(1);
    expect(
      await redis.zscore(queueKeys(tenantId, typeId)[0]!, queueMember(requestId, 'north')),
    ).not.toBeNull();
    expect(await queue.activeTenants()).toContain(tenantId);
  });
});
