import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { startRedisServer, type RedisServer } from './redis-server';

describe('startRedisServer', () => {
  let dir: string;
  let server: RedisServer | undefined;

  afterAll(async () => {
    await server?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('keeps an acknowledged write across a SIGKILL and restart thanks to the AOF', async () => {
    dir = await mkdtemp(join(tmpdir(), 'dispatch-redis-'));
    server = await startRedisServer({ dir });
    const before = new Redis(server.url, { maxRetriesPerRequest: 0 });
    await before.set('dispatch:aof-check', 'survives');
    before.disconnect();

    await server.kill();
    await server.restart();

    const after = new Redis(server.url, { maxRetriesPerRequest: 0 });
    try {
      expect(await after.get('dispatch:aof-check')).toBe('survives');
      expect(await after.config('GET', 'maxmemory-policy')).toEqual(['maxmemory-policy', 'noeviction']);
    } finally {
      after.disconnect();
    }
  });
});
