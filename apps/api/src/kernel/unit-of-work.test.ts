import { describe, expect, it } from 'vitest';
import Fastify from 'fastify';
import fp from 'fastify-plugin';
import { sql } from 'drizzle-orm';
import { createPool } from '@dispatch/db';
import { useApiHarness } from '#src/test/api-harness';
import { RetryableConflict } from './retry';
import { unitOfWorkPlugin, type EventSinks } from './unit-of-work';
import type { AuditEventInput, DomainEvent } from './events';

const user = { sub: 'kernel-test', name: 'Kernel test', roles: ['admin' as const], mfa: true };

const ctx = useApiHarness();

/** A bare Fastify with the kernel over the test database and sinks that only record what they get. */
async function kernelApp(sinks: EventSinks, poolOptions: { max?: number; namedStatements?: number } = {}) {
  const app = Fastify({ logger: false });
  const pool = createPool(ctx.config.db.url, { max: 2, ...poolOptions });
  await app.register(
    fp(
      async (instance) => {
        instance.decorate('db', { app: pool, read: pool });
      },
      { name: 'database' },
    ),
  );
  await app.register(fp(async () => {}, { name: 'metrics' }));
  await app.register(unitOfWorkPlugin, { sinks });
  app.addHook('onClose', async () => pool.end());
  return app;
}

describe('unit of work (kernel)', () => {
  it('runs the work again from the top after a RetryableConflict, and commits only the last attempt', async () => {
    const tenant = await ctx.createTenant('kernel-retry');
    const audits: AuditEventInput[][] = [];
    const published: DomainEvent[][] = [];
    const app = await kernelApp({
      appendAudit: async (_tx, events) => void audits.push([...events]),
      publish: async (_tenantId, events) => void published.push([...events]),
    });
    await app.ready();
    let attempts = 0;
    const result = await app.unitOfWork.run(
      { tenant: tenant.row, user, requestId: 'kernel-1', log: app.log },
      async (uow) => {
        attempts += 1;
        uow.audit({ action: 'test.tried', entity: 'test', entityId: String(attempts) });
        uow.emit({ type: 'queue.updated', payload: { attempt: attempts } });
        await uow.tx.db.execute(sql`SELECT 1`);
        if (attempts === 1) throw new RetryableConflict('taken by a concurrent transaction');
        return attempts;
      },
    );
    expect(result).toBe(2);
    expect(audits).toEqual([
      [expect.objectContaining({ action: 'test.tried', entityId: '2', requestId: 'kernel-1' })],
    ]);
    expect(published).toEqual([[{ type: 'queue.updated', payload: { attempt: 2 } }]]);
    await app.close();
  });

  it('runs the work again when a migration made a prepared statement stale, with the statement prepared anew', async () => {
    const tenant = await ctx.createTenant('kernel-stale');
    const app = await kernelApp(
      { appendAudit: async () => {}, publish: async () => {} },
      { max: 1, namedStatements: 10 },
    );
    await app.ready();
    let attempts = 0;
    const names = () =>
      app.unitOfWork.run(
        { tenant: tenant.row, user, requestId: 'kernel-stale', log: app.log },
        async (uow) => {
          attempts += 1;
          const { rows } = await uow.tx.client.query<{ name: string; description: string | null }>(
            { text: 'SELECT name, description FROM equipment_types WHERE name <> $1' },
            ['-'],
          );
          return rows;
        },
      );
    expect(await names()).toEqual([]);
    const alter = (type: string) =>
      ctx.adminPool.query(
        `ALTER TABLE ${tenant.row.schemaName}.equipment_types ALTER COLUMN description TYPE ${type}`,
      );
    await alter('varchar(500)');
    try {
      attempts = 0;
      expect(await names()).toEqual([]);
      // The first attempt met Postgres' refusal of the stale plan; the second prepared the statement again.
      expect(attempts).toBe(2);
    } finally {
      await alter('text');
    }
    await app.close();
  });

  it('hands a raised signal to its handler before COMMIT, once per key with the first reason', async () => {
    const tenant = await ctx.createTenant('kernel-signal');
    const app = await kernelApp({ appendAudit: async () => {}, publish: async () => {} });
    const handled: Array<[string, string]> = [];
    app.unitOfWork.declareSignal('thing-changed');
    app.unitOfWork.onSignal('thing-changed', async (_uow, raised) => void handled.push(...raised));
    await app.ready();
    await app.unitOfWork.run(
      { tenant: tenant.row, user, requestId: 'kernel-2', log: app.log },
      async (uow) => {
        uow.signal('thing-changed', 'a', 'first');
        uow.signal('thing-changed', 'a', 'second');
        uow.signal('thing-changed', 'b', 'other');
        expect(() => uow.signal('never-declared', 'a', 'x')).toThrow(/never declared/);
      },
    );
    expect(handled).toEqual([
      ['a', 'first'],
      ['b', 'other'],
    ]);
    await app.close();
  });

  it('refuses to start when a declared signal has no handler (instead of dropping it silently)', async () => {
    const app = await kernelApp({ appendAudit: async () => {}, publish: async () => {} });
    app.unitOfWork.declareSignal('capacity-changed');
    await expect(app.ready()).rejects.toThrow(/no handler registered for signal\(s\) capacity-changed/);
    await app.close().catch(() => {});
  });
});
