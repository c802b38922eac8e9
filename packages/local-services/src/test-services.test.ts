import { describe, expect, inject, it } from 'vitest';
import { findFreePort } from './ports';
import { resolveTestServices } from './test-services';

describe('resolveTestServices', () => {
  it('prefers DATABASE_URL and REDIS_URL from the environment', async () => {
    const env = { DATABASE_URL: inject('adminDatabaseUrl'), REDIS_URL: inject('redisUrl') };
    const services = await resolveTestServices({ env });
    await services.stop();
    expect(services).toMatchObject({
      adminDatabaseUrl: env.DATABASE_URL,
      redisUrl: env.REDIS_URL,
      sources: { database: 'env', redis: 'env' },
    });
  });

  it('explains an unreachable server in one line', async () => {
    const port = await findFreePort();
    const env = {
      DATABASE_URL: `postgres://postgres:secret@127.0.0.1:${port}/postgres`,
      REDIS_URL: inject('redisUrl'),
    };
    const failure = await resolveTestServices({ env }).then(
      () => undefined,
      (error: Error) => error,
    );
    expect(failure?.message).toMatch(
      /^Postgres \(env\) not reachable at postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:\d+/,
    );
    expect(failure?.message).not.toContain('secret');
    expect(failure?.message).not.toContain('\n');
  });
});
