import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { quitRedis } from './redis';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

describe('quitRedis', () => {
  const unhandled: unknown[] = [];
  const count = (reason: unknown) => unhandled.push(reason);
  afterEach(() => {
    process.off('unhandledRejection', count);
  });

  it('closes a subscriber caught reconnecting without leaving its resubscribe to reject unhandled', async () => {
    process.on('unhandledRejection', count);
    const channel = `quit-test-${randomUUID()}`;
    // Each round drops the subscriber's socket and shuts it down just as the reconnect's handshake begins: about
    // half of such rounds left ioredis' own resubscribe rejecting with "Connection is closed" under a plain QUIT.
    for (let round = 0; round < 20; round += 1) {
      const subscriber = new Redis(REDIS_URL, { maxRetriesPerRequest: 2 });
      await subscriber.subscribe(channel);
      const closed = new Promise<void>((resolve) => {
        subscriber.once('connect', () => setTimeout(() => void quitRedis(subscriber).then(resolve), 0));
      });
      subscriber.stream.destroy();
      await closed;
      // QUIT is answered before the socket closes: then the connection ends, and does not reconnect.
      if (subscriber.status !== 'end') await once(subscriber, 'end');
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(subscriber.status).toBe('end');
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(unhandled).toEqual([]);
  });
});
