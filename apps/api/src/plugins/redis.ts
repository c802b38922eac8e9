import { once } from 'node:events';
import fp from 'fastify-plugin';
import { Redis } from 'ioredis';
import type { AppConfig } from '@dispatch/config';

declare module 'fastify' {
  interface FastifyInstance {
    redis: Redis;
    /** A second connection in subscriber mode (a subscribed connection cannot run commands). */
    redisSubscriber: Redis;
  }
}

/** How long a shutdown lets a connection finish the handshake it is in before quitting it. */
const HANDSHAKE_WAIT_MS = 1_000;

/**
 * QUIT, but not in the middle of a reconnect's handshake. A subscriber closed while its ready check is out still
 * runs ioredis' own resubscribe when the reply lands, and that promise (ioredis', with no one to catch it) then
 * rejects with "Connection is closed": an unhandled rejection as the process shuts down. A connection in its
 * handshake gets a moment to finish it, then quits after the resubscribe, which is answered first.
 */
export async function quitRedis(connection: Redis): Promise<void> {
  if (connection.status === 'connect')
    await once(connection, 'ready', { signal: AbortSignal.timeout(HANDSHAKE_WAIT_MS) }).catch(
      () => undefined,
    );
  await connection.quit().catch(() => undefined);
}

/**
 * A connection as the API makes them. Commands issued in the same tick go out in one write (auto-pipelining),
 * so work that sends several without waiting between them costs one round trip.
 */
export function connectRedis(url: string, name: string): Redis {
  return new Redis(url, { connectionName: name, maxRetriesPerRequest: 2, enableAutoPipelining: true });
}

export const redisPlugin = fp<{ config: AppConfig }>(
  async (app, { config }) => {
    const connect = (name: string) => connectRedis(config.redis.url, name);
    const redis = connect('dispatch-api');
    const subscriber = connect('dispatch-api-sub');
    // Errors surface through readiness and the commands that fail; the client reconnects on its own.
    redis.on('error', (error) => app.log.debug({ err: error }, 'redis connection error'));
    subscriber.on('error', (error) => app.log.debug({ err: error }, 'redis subscriber error'));
    app.decorate('redis', redis);
    app.decorate('redisSubscriber', subscriber);
    app.addHook('onClose', async () => {
      await Promise.all([quitRedis(redis), quitRedis(subscriber)]);
    });
  },
  { name: 'redis' },
);
