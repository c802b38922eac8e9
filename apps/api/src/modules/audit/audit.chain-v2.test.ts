import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { withTenantTransaction } from '@dispatch/db';
import { useApiHarness } from '#src/test/api-harness';
import { adminTenant, createEquipment, createType, type Json } from '#src/test/fleet-fixtures';
import { appendAuditEvents } from './audit.repository';
import { storedAuditContent, type StoredAuditRow } from '#src/test/audit-rows';
import { chainHash, GENESIS_HASH } from './audit.chain';

const ctx = useApiHarness();

async function tenantWithHistory() {
  const { tenant, admin } = await adminTenant(ctx, 'av2');
  const typeId = await createType(admin);
  const units = await Promise.all(Array.from({ length: 4 }, () => createEquipment(admin, { typeId })));
  return { tenant, admin, typeId, units };
}

/** As the table owner, in the tenant's schema (the app role may not change audit rows). */
async function asOwner<T extends pg.QueryResultRow>(
  schema: string,
  statement: string,
  values: unknown[] = [],
) {
  const client = await ctx.adminPool.connect();
  try {
    await client.query(`SET search_path TO ${pg.escapeIdentifier(schema)}`);
    return (await client.query<T>(statement, values)).rows;
  } finally {
    await client.query('RESET search_path');
    client.release();
  }
}

const versions = (schema: string) =>
  asOwner<{ seq: string; chain_version: number; content_digest: string | null }>(
    schema,
    'SELECT seq, chain_version, content_digest FROM audit_events WHERE seq IS NOT NULL ORDER BY seq',
  );

describe('audit chain v2 (linked in SQL)', () => {
  it('writes version 2 links with a digest, and the chain verifies', async () => {
    const { tenant, admin } = await tenantWithHistory();
    const rows = await versions(tenant.row.schemaName);
    expect(rows.length).toBeGreaterThanOrEqual(5);
    expect(rows.every((row) => row.chain_version === 2 && /^[0-9a-f]{64}$/.test(row.content_digest!))).toBe(
      true,
    );
    const verification = await admin.get('/api/audit/verify');
    expect(verification.body).toMatchObject({ ok: true, firstBroken: null, checked: rows.length });
  });

  it.each([
    ['a column', `UPDATE audit_events SET actor_name = 'Mallory' WHERE seq = 3`],
    [
      'a column inside before/after',
      `UPDATE audit_events SET after = coalesce(after, '{}') || '{"x": 1}' WHERE seq = 3`,
    ],
    ['the digest', `UPDATE audit_events SET content_digest = repeat('0', 64) WHERE seq = 3`],
    ['the hash', `UPDATE audit_events SET hash = repeat('0', 64) WHERE seq = 3`],
  ])('detects a changed v2 row: %s', async (_what, tamper) => {
    const { tenant, admin } = await tenantWithHistory();
    await asOwner(tenant.row.schemaName, tamper);
    const verification = await admin.get('/api/audit/verify');
    expect(verification.body).toMatchObject({
      ok: false,
      checked: 2,
      firstBroken: { seq: 3, reason: expect.stringContaining('hash mismatch') },
    });
  });

  it('verifies a chain of version 1 links followed by version 2 links', async () => {
    const { tenant, admin, typeId } = await tenantWithHistory();
    const schema = tenant.row.schemaName;
    // Rewrite the history so far as it was written before v2: hashed in Node over every column (chainHash).
    const rows = await asOwner<Json>(schema, 'SELECT * FROM audit_events WHERE seq IS NOT NULL ORDER BY seq');
    let prevHash = GENESIS_HASH;
    for (const row of rows) {
      const seq = Number(row.seq);
      const hash = chainHash({
        ...storedAuditContent(tenant.row.id, row as unknown as StoredAuditRow),
        seq,
        prevHash,
      });
      await asOwner(
        schema,
        'UPDATE audit_events SET chain_version = 1, content_digest = NULL, prev_hash = $2, hash = $3 WHERE seq = $1',
        [seq, prevHash, hash],
      );
      prevHash = hash;
    }
    await asOwner(schema, 'UPDATE audit_chain_head SET last_hash = $1', [prevHash]);
    expect((await admin.get('/api/audit/verify')).body).toMatchObject({ ok: true, checked: rows.length });

    await createEquipment(admin, { typeId });
    await createEquipment(admin, { typeId });
    const mixed = await versions(schema);
    expect(mixed.map((row) => row.chain_version)).toEqual([...rows.map(() => 1), 2, 2]);
    expect((await admin.get('/api/audit/verify')).body).toMatchObject({
      ok: true,
      checked: rows.length + 2,
      firstBroken: null,
    });
  });

  it('chains several events of one transaction in order, across appends in that transaction', async () => {
    const { tenant, admin } = await adminTenant(ctx, 'av2tx');
    const actor = { sub: 'tester', name: 'Tester' };
    const event = (n: number) => ({
      actor,
      action: `step.${n}`,
      entity: 'thing',
      entityId: `t${n}`,
      after: { n },
    });
    const scope = { id: tenant.row.id, schemaName: tenant.row.schemaName, slug: tenant.row.slug };
    await withTenantTransaction(ctx.app.db.app, scope, async (tx) => {
      await appendAuditEvents(tx, [event(1), event(2)]);
      await appendAuditEvents(tx, [event(3), event(4), event(5)], { last: true });
    });
    const items = (await admin.get('/api/audit?entity=thing&limit=50')).body.items as Json[];
    const inChainOrder = items.sort((a, b) => a.seq - b.seq);
    expect(inChainOrder.map((item) => item.action)).toEqual([
      'step.1',
      'step.2',
      'step.3',
      'step.4',
      'step.5',
    ]);
    const first = inChainOrder[0].seq;
    expect(inChainOrder.map((item) => item.seq)).toEqual([0, 1, 2, 3, 4].map((offset) => first + offset));
    inChainOrder.slice(1).forEach((item, index) => expect(item.prevHash).toBe(inChainOrder[index]!.hash));
    expect((await admin.get('/api/audit/verify')).body).toMatchObject({ ok: true, firstBroken: null });
  });

  it('stores before and after as JSON reads them (Dates as text, undefined members left out), and they verify', async () => {
    const { tenant, admin } = await adminTenant(ctx, 'av2json');
    const scope = { id: tenant.row.id, schemaName: tenant.row.schemaName, slug: tenant.row.slug };
    const before = { at: new Date('2026-11-30T02:00:00.000Z'), gone: undefined, list: [1, undefined] };
    const after = { nested: { when: new Date(0), note: "o'neil \\ \u2028" }, nan: Number.NaN };
    const event = { actor: { sub: 'tester' }, action: 'json.kept', entity: 'json', before, after };
    await withTenantTransaction(ctx.app.db.app, scope, (tx) =>
      appendAuditEvents(tx, [event], { last: true }),
    );
    const [item] = (await admin.get('/api/audit?entity=json')).body.items as Json[];
    expect(item).toMatchObject({
      before: JSON.parse(JSON.stringify(before)),
      after: JSON.parse(JSON.stringify(after)),
    });
    expect((await admin.get('/api/audit/verify')).body).toMatchObject({ ok: true, firstBroken: null });
  });

  it('keeps one chain when many transactions of a tenant append at once (the head row lock serializes them)', async () => {
    const { tenant, admin } = await adminTenant(ctx, 'av2par');
    const actor = { sub: 'tester' };
    const scope = { id: tenant.row.id, schemaName: tenant.row.schemaName, slug: tenant.row.slug };
    await Promise.all(
      Array.from({ length: 24 }, (_, n) =>
        withTenantTransaction(ctx.app.db.app, scope, (tx) =>
          appendAuditEvents(
            tx,
            [0, 1].map((part) => ({
              actor,
              action: `burst.${n}.${part}`,
              entity: 'burst',
              entityId: `b${n}`,
            })),
            { last: true },
          ),
        ),
      ),
    );
    const rows = await versions(tenant.row.schemaName);
    expect(rows.map((row) => Number(row.seq))).toEqual(rows.map((_, index) => index + 1));
    const burst = (await admin.get('/api/audit?entity=burst&limit=100')).body.items as Json[];
    expect(burst).toHaveLength(48);
    // The two events of one transaction sit next to each other, in the order given.
    for (const first of burst.filter((item) => item.action.endsWith('.0'))) {
      const second = burst.find((item) => item.action === first.action.replace(/\.0$/, '.1'));
      expect(second.seq).toBe(first.seq + 1);
    }
    expect((await admin.get('/api/audit/verify')).body).toMatchObject({ ok: true, checked: rows.length });
  });

  it('without a head row, refuses to start a second chain over history and starts an empty one at genesis', async () => {
    const { tenant, admin } = await tenantWithHistory();
    const schema = tenant.row.schemaName;
    const scope = { id: tenant.row.id, schemaName: schema, slug: tenant.row.slug };
    const append = (action: string) =>
      withTenantTransaction(ctx.app.db.app, scope, (tx) =>
        appendAuditEvents(tx, [{ actor: { sub: 'tester' }, action, entity: 'thing' }], { last: true }),
      );
    const before = await versions(schema);
    await asOwner(schema, 'DELETE FROM audit_chain_head');
    // From the genesis link the first position is taken: the unique (tenant_id, seq) index refuses the fork.
    await expect(append('fork.attempt')).rejects.toThrow(/audit_events_seq_key/);
    expect(await versions(schema)).toEqual(before);

    await asOwner(schema, 'DELETE FROM audit_events');
    await append('fresh.start');
    const [head] = await asOwner<{ last_seq: string; last_hash: string }>(
      schema,
      'SELECT last_seq, last_hash FROM audit_chain_head',
    );
    const [event] = await asOwner<{ seq: string; prev_hash: string; hash: string }>(
      schema,
      'SELECT seq, prev_hash, hash FROM audit_events',
    );
    expect(event).toMatchObject({ seq: '1', prev_hash: GENESIS_HASH });
    expect(head).toEqual({ last_seq: '1', last_hash: event!.hash });
    expect((await admin.get('/api/audit/verify')).body).toMatchObject({ ok: true, checked: 1 });
  });
});
