/**
 * `tsx bench/micro/read-messages.ts`: what one tenant read costs by the way its context reaches Postgres, in CPU
 * per read (this process and the Postgres backends serving it) and reads per second at 16 concurrent reads.
 * CPU per read is what a busy shared box distorts least; throughput is shown for the record. Four ways:
 *   three round trips — BEGIN READ ONLY with the context, the SELECT (extended protocol), COMMIT, each awaited;
 *   pipelined — the same three messages written at once on a pipelining client (pg ≥ 8.23 `pipeline: true`);
 *   one message — the context and the SELECT with inlined literals in one simple-protocol message (the API's way
 *     through pgBouncer);
 *   one message, prepared — the context and `EXECUTE` of the SELECT, prepared once per connection and schema (the
 *     API's way on a direct connection, where connections keep named statements).
 */
import { backendTicks } from './backend-cpu';
import pg from 'pg';
import {
  createPool,
  provisionTenant,
  tenantBeginStatement,
  withTenantReads,
  type TenantScope,
} from '@dispatch/db';
import { APP_ROLE, createTestDatabase } from '@dispatch/testkit';

const READS = Number(process.env.READS ?? 6000);
const CONCURRENCY = 16;
/** The SQL drizzle builds for the list of equipment types (apps/api equipment-types repository), one page. */
const listQuery = {
  sql: 'select "id", "name", "description", "created_at" from "equipment_types" order by "equipment_types"."name" asc limit $1',
  params: [11],
};

type Way = (pool: pg.Pool, tenant: TenantScope) => Promise<unknown>;
const ways: Record<string, { pipeline: boolean; namedStatements?: number; read: Way }> = {
  'three round trips': {
    pipeline: false,
    read: async (pool, tenant) => {
      const client = await pool.connect();
      try {
        await client.query(tenantBeginStatement(tenant, true));
        const result = await client.query({ text: listQuery.sql, rowMode: 'array' }, listQuery.params);
        await client.query('COMMIT');
        return result;
      } finally {
        client.release();
      }
    },
  },
  pipelined: {
    pipeline: true,
    read: async (pool, tenant) => {
      const client = await pool.connect();
      try {
        const [, result] = await Promise.all([
          client.query(tenantBeginStatement(tenant, true)),
          client.query({ text: listQuery.sql, rowMode: 'array' }, listQuery.params),
          client.query('COMMIT'),
        ]);
        return result;
      } finally {
        client.release();
      }
    },
  },
  'one message': { pipeline: false, read: readThroughTheApiPath },
  'one message, prepared': { pipeline: false, namedStatements: 100, read: readThroughTheApiPath },
};

function readThroughTheApiPath(pool: pg.Pool, tenant: TenantScope) {
  return withTenantReads(pool, tenant, ({ client }) =>
    client.query({ text: listQuery.sql, rowMode: 'array' } as never, listQuery.params),
  );
}

async function main() {
  const database = await createTestDatabase(
    process.env.DATABASE_ADMIN_URL ?? 'postgres://postgres@localhost:5432/postgres',
  );
  const admin = new pg.Pool({ connectionString: database.adminUrl, max: 2 });
  try {
    const { migratePlatform, grantPlatformAccess } = await import('@dispatch/db');
    await migratePlatform(admin);
    await grantPlatformAccess(admin, APP_ROLE);
    const tenants: TenantScope[] = [];
    for (let index = 0; index < 10; index++) {
      const slug = `micro-${index}`;
      const { tenant } = await provisionTenant(
        admin,
        { slug, name: slug, tier: 'standard' },
        { appRole: APP_ROLE, actor: 'bench' },
      );
      await admin.query(
        `INSERT INTO ${tenant.schemaName}.equipment_types (tenant_id, id, name) SELECT $1, gen_random_uuid(), 'type ' || n FROM generate_series(1, 10) n`,
        [tenant.id],
      );
      tenants.push(tenant);
    }
    for (const round of [1, 2, 3]) {
      for (const [name, way] of Object.entries(ways)) {
        const app = `micro-${name.replaceAll(' ', '-')}`;
        const pool = way.namedStatements
          ? createPool(database.appUrl, {
              max: 10,
              applicationName: app,
              namedStatements: way.namedStatements,
            })
          : new pg.Pool({
              connectionString: database.appUrl,
              max: 10,
              application_name: app,
              ...(way.pipeline ? { pipeline: true } : {}),
            } as pg.PoolConfig);
        let next = 0;
        const run = async (count: number) => {
          next = 0;
          await Promise.all(
            Array.from({ length: CONCURRENCY }, async () => {
              while (next++ < count) await way.read(pool, tenants[next % tenants.length]!);
            }),
          );
        };
        await run(1000); // warm-up: connections, plans, JIT
        const ticks = await backendTicks(admin, app);
        const cpu = process.cpuUsage();
        const started = process.hrtime.bigint();
        await run(READS);
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        const used = process.cpuUsage(cpu);
        const pgMs = ((await backendTicks(admin, app)) - ticks) * 10;
        console.log(
          `round ${round} ${name.padEnd(22)} client CPU ${((used.user + used.system) / 1000 / READS).toFixed(3)} ms/read, ` +
            `Postgres CPU ${(pgMs / READS).toFixed(3)} ms/read, ${(READS / seconds).toFixed(0)} reads/s`,
        );
        await pool.end();
      }
    }
  } finally {
    await admin.end();
    await database.drop();
  }
}

await main();
