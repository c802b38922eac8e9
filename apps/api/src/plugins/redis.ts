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

export const redisPlugin = fp<{ config: AppConfig }>(
  async (app, { config }) => {
    const connect = (name: string) =>
      new Redis(config.redis.url, {
        connectionName: name,
        maxRetriesPerRequest: 2,
        enableAutoPipelining: true,
      });
    const redis = connect('dispatch-api');
    const subscriber = connect('dispatch-api-sub');
    // Errors surface through readiness and the commands that fail; the client reconnects on its own.
    redis.on('error', (error) => app.log.debug({ err: error }, 'redis connection error'));
    subscriber.on('error', (error) => app.log.debug({ err: error }, 'redis subscriber error'));
    app.decorate('redis', redis);
    app.decorate('redisSubscriber', subscriber);
    app.addHook('onClose', async () => {
      await Promise.allSettled([redis.quit(), subscriber.quit()]);
    });
  },
  { name: 'redis' },
);
