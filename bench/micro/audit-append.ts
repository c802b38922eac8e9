/**
 * `tsx bench/micro/audit-append.ts`: what appending one audit event costs Postgres, in CPU per transaction of one
 * connection (BEGIN and the tenant context, the append, COMMIT in one message, as the unit of work sends it). Two
 * ways: the recursive-CTE statement the API sent until tenant template 20261129210000, which Postgres parses and
 * plans on every call, and the tenant schema's `audit_append` function that replaced it. CPU is read from /proc
 * for the one backend, which a busy shared box distorts less than wall time (shown for the record). Then the
 * memory each way costs the connection per tenant written to (`MEMORY_TENANTS` fresh tenants, one append each):
 * the function's compiled body and plans stay in the backend for each tenant schema it ran in.
 */
import { readFile } from 'node:fs/promises';
import { backendTicks } from './backend-cpu';
import { createHash, randomUUID } from 'node:crypto';
import pg from 'pg';
import {
  grantPlatformAccess,
  migratePlatform,
  provisionTenant,
  tenantBeginStatement,
  type TenantScope,
} from '@dispatch/db';
import { APP_ROLE, createTestDatabase } from '@dispatch/testkit';

const APPENDS = Number(process.env.APPENDS ?? 2000);
const APPLICATION = 'micro-audit-append';
const literal = (value: string) => pg.escapeLiteral(value);

function sampleEvent() {
  const id = randomUUID();
  return {
    id,
    at: new Date().toISOString(),
    actor_sub: 'bench-user',
    actor_name: 'Bench Dispatcher',
    action: 'assignment.en_route',
    entity: 'assignment',
    entity_id: id,
    before: { status: 'assigned' },
    after: { status: 'en_route', note: null },
    request_id: id,
    digest: createHash('sha256').update(id).digest('hex'),
  };
}

/** The statement before 20261129210000 (audit.repository.ts at e12babd), for one event, values inlined. */
function cteStatement(): string {
  const event = sampleEvent();
  const link = (seq: string, previous: string) =>
    `encode(sha256(convert_to('v2|' || ${seq} || '|' || ${previous} || '|' || input.digest, 'UTF8')), 'hex')`;
  return `WITH RECURSIVE
    head (last_seq, last_hash) AS (SELECT last_seq, last_hash FROM audit_chain_head FOR UPDATE),
    start (last_seq, last_hash) AS (
      SELECT last_seq, last_hash FROM head UNION ALL SELECT 0::bigint, ''::text WHERE NOT EXISTS (SELECT FROM head)),
    input (ord, id, at, actor_sub, actor_name, action, entity, entity_id, before, after, request_id, digest) AS (
      VALUES (1::int, ${literal(event.id)}::uuid, ${literal(event.at)}::timestamptz, ${literal(event.actor_sub)}::text,
        ${literal(event.actor_name)}::text, ${literal(event.action)}::text, ${literal(event.entity)}::text,
        ${literal(event.entity_id)}::text, ${literal(JSON.stringify(event.before))}::jsonb,
        ${literal(JSON.stringify(event.after))}::jsonb, ${literal(event.request_id)}::text, ${literal(event.digest)}::text)),
    chain (ord, seq, prev_hash, hash) AS (
      SELECT input.ord, start.last_seq + 1, start.last_hash, ${link('(start.last_seq + 1)', 'start.last_hash')}
        FROM start JOIN input ON input.ord = 1
      UNION ALL
      SELECT input.ord, chain.seq + 1, chain.hash, ${link('(chain.seq + 1)', 'chain.hash')}
        FROM chain JOIN input ON input.ord = chain.ord + 1),
    inserted AS (
      INSERT INTO audit_events (id, at, actor_sub, actor_name, action, entity, entity_id, before, after, request_id,
                                seq, prev_hash, hash, content_digest, chain_version)
      SELECT input.id, input.at, input.actor_sub, input.actor_name, input.action, input.entity, input.entity_id,
             input.before, input.after, input.request_id, chain.seq, chain.prev_hash, chain.hash, input.digest, 2::smallint
        FROM input JOIN chain USING (ord))
    INSERT INTO audit_chain_head (last_seq, last_hash, legacy_events)
    SELECT seq, hash, 0 FROM chain ORDER BY ord DESC LIMIT 1
    ON CONFLICT (tenant_id) DO UPDATE
      SET last_seq = excluded.last_seq, last_hash = excluded.last_hash, updated_at = now()`;
}

const functionCall = () => `SELECT audit_append(${literal(JSON.stringify([sampleEvent()]))}::jsonb)`;

const MEMORY_TENANTS = Number(process.env.MEMORY_TENANTS ?? 30);

/** Private memory (clean + dirty, KiB) of the one backend behind `pool`, from /proc. */
async function backendPrivateKiB(admin: pg.Pool): Promise<number> {
  const { rows } = await admin.query<{ pid: number }>(
    'SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1',
    [APPLICATION],
  );
  const rollup = await readFile(`/proc/${rows[0]!.pid}/smaps_rollup`, 'utf8');
  const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(rollup)?.[1] ?? 0);
  return field('Private_Clean') + field('Private_Dirty');
}

/**
 * What a tenant written to costs one connection in memory, each way: fresh tenants get one append each on the
 * same connection, and the backend's private memory is read before and after. Both ways load the tenant's
 * tables into the backend's caches; the function also keeps its compiled body and plans.
 */
async function memoryPerTenant(admin: pg.Pool, pool: pg.Pool): Promise<void> {
  for (const [way, append] of [
    ['recursive CTE statement', cteStatement],
    ['audit_append function', functionCall],
  ] as const) {
    const tenants: TenantScope[] = [];
    for (let index = 0; index < MEMORY_TENANTS; index++) {
      const slug = `micro-mem-${way.startsWith('audit') ? 'f' : 's'}${index}`;
      tenants.push((await provisionTenant(admin, { slug, name: slug, tier: 'standard' }, OPTIONS)).tenant);
    }
    const before = await backendPrivateKiB(admin);
    for (const tenant of tenants) await pool.query(`${tenantBeginStatement(tenant)}; ${append()}; COMMIT`);
    const after = await backendPrivateKiB(admin);
    console.log(
      `${way}: ${((after - before) / MEMORY_TENANTS).toFixed(0)} KiB of backend private memory per tenant written to`,
    );
  }
}

const OPTIONS = { appRole: APP_ROLE, actor: 'bench' };

async function main() {
  const database = await createTestDatabase(
    process.env.DATABASE_ADMIN_URL ?? 'postgres://postgres@localhost:5432/postgres',
  );
  const admin = new pg.Pool({ connectionString: database.adminUrl, max: 2 });
  const pool = new pg.Pool({ connectionString: database.appUrl, max: 1, application_name: APPLICATION });
  try {
    await migratePlatform(admin);
    await grantPlatformAccess(admin, APP_ROLE);
    const { tenant } = await provisionTenant(
      admin,
      { slug: 'micro-audit', name: 'micro-audit', tier: 'standard' },
      OPTIONS,
    );
    const begin = tenantBeginStatement(tenant as TenantScope);
    await pool.query('SELECT 1');
    for (const round of [1, 2, 3]) {
      for (const [way, append] of [
        ['recursive CTE statement', cteStatement],
        ['audit_append function', functionCall],
      ] as const) {
        const before = await backendTicks(admin, APPLICATION);
        const started = process.hrtime.bigint();
        for (let index = 0; index < APPENDS; index++) await pool.query(`${begin}; ${append()}; COMMIT`);
        const wallUs = Number(process.hrtime.bigint() - started) / 1000 / APPENDS;
        const cpuUs = (((await backendTicks(admin, APPLICATION)) - before) * 10_000) / APPENDS;
        console.log(
          `round ${round}, ${way}: ${cpuUs.toFixed(0)} µs Postgres CPU per transaction, ${wallUs.toFixed(0)} µs wall`,
        );
      }
    }
    await memoryPerTenant(admin, pool);
  } finally {
    await pool.end();
    await admin.end();
    await database.drop();
  }
}

void main();
