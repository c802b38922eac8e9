/**
 * Entry of a baseline server's own process (`baseline-process.ts`): bare Fastify (no logger, no plugins) and a
 * pg Pool, serving one baseline route. Prints `{"port":N}` once listening; SIGTERM closes it.
 */
import Fastify from 'fastify';
import { createPool } from '@dispatch/db';
import { baselineRoutes, type BaselineKind } from './baseline-routes';

const kind = process.env.BENCH_BASELINE as BaselineKind;
const route = baselineRoutes[kind];
if (!route) throw new Error(`unknown baseline ${String(kind)}`);
const pool = createPool(process.env.DATABASE_URL!, {
  max: Number(process.env.DATABASE_POOL_MAX),
  maxLifetimeSeconds: Number(process.env.DATABASE_POOL_MAX_LIFETIME_SECONDS),
  applicationName: process.env.APPLICATION_NAME!,
});
const app = Fastify({ logger: false });
route(app, pool);
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
process.stdout.write(
  `${JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0 })}\n`,
);
process.once('SIGTERM', () => {
  void app
    .close()
    .then(() => pool.end())
    .finally(() => process.exit(0));
});
