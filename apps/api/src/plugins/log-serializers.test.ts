import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import { loadConfig } from '@dispatch/config';
import { createPool, migratePlatform, type Pool } from '@dispatch/db';
import { createTestDatabase, testServices, type TestDatabase } from '@dispatch/testkit';
import { buildApp, type App } from '#src/app';
import { operationLabel } from './log-serializers';

/** Item 11 of issue 10: a failed query is logged by operation and SQLSTATE, never with request data. */
let database: TestDatabase;
let pool: Pool;
let app: App;
const lines: string[] = [];

beforeAll(async () => {
  const services = testServices();
  database = await createTestDatabase(services.adminDatabaseUrl);
  pool = createPool(database.adminUrl, { max: 2 });
  await migratePlatform(pool);
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: database.appUrl,
    DATABASE_ADMIN_URL: database.adminUrl,
    REDIS_URL: services.redisUrl,
    PLATFORM_OIDC_ISSUER: 'https://issuer.invalid/platform',
    BASE_DOMAIN: 'logs.test',
  });
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  app = await buildApp({ config, logger: { level: 'info', stream } });
});
afterAll(async () => {
  await app?.close();
  await pool?.end();
  await database?.drop();
});

async function failingQuery(secret: string): Promise<unknown> {
  const db = drizzle(pool);
  try {
    await db.execute(
      sql`SELECT relname FROM pg_class WHERE relname = ${secret} AND oid = ${`${secret}-oid`}::oid`,
    );
  } catch (error) {
    return error;
  }
  throw new Error('the query was expected to fail');
}

describe('error logs', () => {
  it('log a failed query with its operation and SQLSTATE, not its parameters, SQL or message', async () => {
    const secret = 'customer-secret-4711';
    const error = await failingQuery(secret);
    // The error itself does carry the data: that is what must not reach the log.
    expect(
      JSON.stringify({ message: (error as Error).message, cause: String((error as Error).cause) }),
    ).toContain(secret);
    lines.length = 0;
    app.log.error({ err: error }, 'unhandled error');
    app.log.warn({ err: new Error('wrapped', { cause: error }) }, 'wrapped failure');
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(line).not.toContain(secret);
      expect(line).not.toContain('relname =');
    }
    const logged = JSON.parse(lines[0]!) as { err: Record<string, unknown> };
    expect(logged.err).toMatchObject({ type: 'DatabaseError', operation: 'select pg_class', code: '22P02' });
    expect((JSON.parse(lines[1]!) as { err: { cause: Record<string, unknown> } }).err.cause).toMatchObject({
      code: '22P02',
    });
  });

  it('keeps ordinary errors as pino logs them', () => {
    lines.length = 0;
    app.log.error({ err: new Error('plain failure') }, 'oops');
    expect(JSON.parse(lines[0]!).err).toMatchObject({ type: 'Error', message: 'plain failure' });
  });

  it('labels statements by verb and first table', () => {
    expect(operationLabel('insert into "tenant_x"."work_orders" ("id") values ($1)')).toBe(
      'insert work_orders',
    );
    expect(operationLabel('update "drivers" set "name" = $1')).toBe('update drivers');
    expect(operationLabel('select 1')).toBe('select');
    expect(operationLabel(undefined)).toBe('query');
  });
});
