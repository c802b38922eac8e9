import type { ProvidedTestServices } from '@dispatch/local-services';
import { inject } from 'vitest';

/** The Postgres (superuser URL) and Redis resolved once by the global setup for this run. */
export function testServices(): ProvidedTestServices {
  return { adminDatabaseUrl: inject('adminDatabaseUrl'), redisUrl: inject('redisUrl') };
}
