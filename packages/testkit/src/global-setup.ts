import { resolveTestServices } from '@dispatch/local-services';
import type { TestProject } from 'vitest/node';

/**
 * Vitest global setup: resolves Postgres and Redis once (env → testcontainers → local),
 * hands their URLs to the workers and stops any containers it started.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const services = await resolveTestServices();
  project.provide('adminDatabaseUrl', services.adminDatabaseUrl);
  project.provide('redisUrl', services.redisUrl);
  const { database, redis } = services.sources;
  process.stdout.write(`test services: Postgres from ${database}, Redis from ${redis}\n`);
  return () => services.stop();
}
