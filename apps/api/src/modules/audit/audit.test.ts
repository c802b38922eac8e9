import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { useApiHarness } from '#src/test/api-harness';
import { createEquipment, createType, adminTenant, tenantClient, type Json } from '#src/test/fleet-fixtures';

const ctx = useApiHarness();

async function tenantWithHistory() {
  const { tenant, admin } = await adminTenant(ctx, 'aud');
  const typeId = await createType(admin);
  const units = await Promise.all(Array.from({ length: 8 }, () => createEquipment(admin, { typeId })));
  for (const unit of units.slice(0, 4))
    await admin.patch(`/api/equipment/${unit.id}`, { status: 'maintenance' });
  return { tenant, admin, typeId, units };
}

/** As the table owner (the app role may not UPDATE or DELETE audit rows at all). */
async function asOwner(tenantSchema: string, statement: string) {
  await ctx.adminPool.query(`SET search_path TO ${pg.escapeIdentifier(tenantSchema)}`);
  try {
    await ctx.adminPool.query(statement);
  } finally {
    await ctx.adminPool.query('RESET search_path');
  }
}

describe('audit', () => {
  it('chains every event of a tenant, written concurrently, into one verifiable sequence', async () => {
    const { admin } = await tenantWithHistory();
    const verification = await admin.get('/api/audit/verify');
    expect(verification.status).toBe(200);
    expect(verification.body).toMatchObject({ ok: true, firstBroken: null });
    const total = verification.body.checked;
    expect(total).toBeGreaterThanOrEqual(13);
    expect(verification.body.lastSeq).toBe(total);
    const page = await admin.get('/api/audit?limit=500');
    const seqs = page.body.items.map((item: Json) => item.seq).sort((a: number, b: number) => a - b);
    expect(seqs).toEqual(Array.from({ length: total }, (_, index) => index + 1));
    expect(page.body.items.every((item: Json) => /^[0-9a-f]{64}$/.test(item.hash))).toBe(true);
  });

  it('detects a changed event, a deleted event and an event slipped in outside the chain', async () => {
    const changed = await tenantWithHistory();
    const target = (await changed.admin.get(`/api/audit?entity=equipment&entityId=${changed.units[1].id}`))
      .body.items[0];
    expect(target.action).toBe('equipment.updated');
    await asOwner(
      changed.tenant.row.schemaName,
      `UPDATE audit_events SET after = jsonb_set(after, '{status}', '"retired"') WHERE seq = ${target.seq}`,
    );
    const afterChange = await changed.admin.get('/api/audit/verify');
    expect(afterChange.body.ok).toBe(false);
    expect(afterChange.body.firstBroken).toMatchObject({
      seq: target.seq,
      reason: expect.stringContaining('hash mismatch'),
    });
    expect(afterChange.body.checked).toBe(target.seq - 1);

    const deleted = await tenantWithHistory();
    await asOwner(deleted.tenant.row.schemaName, 'DELETE FROM audit_events WHERE seq = 5');
    const afterDelete = await deleted.admin.get('/api/audit/verify');
    expect(afterDelete.body.ok).toBe(false);
    expect(afterDelete.body.firstBroken).toMatchObject({
      seq: 5,
      reason: expect.stringContaining('missing'),
    });

    const truncated = await tenantWithHistory();
    await asOwner(
      truncated.tenant.row.schemaName,
      'DELETE FROM audit_events WHERE seq = (SELECT max(seq) FROM audit_events)',
    );
    expect((await truncated.admin.get('/api/audit/verify')).body.ok).toBe(false);

    const intruded = await tenantWithHistory();
    await asOwner(
      intruded.tenant.row.schemaName,
      `INSERT INTO audit_events (tenant_id, id, actor_sub, action, entity) VALUES ('${intruded.tenant.row.id}', gen_random_uuid(), 'ghost', 'x', 'y')`,
    );
    const afterIntrusion = await intruded.admin.get('/api/audit/verify');
    expect(afterIntrusion.body).toMatchObject({
      ok: false,
      firstBroken: { reason: expect.stringContaining('outside the chain') },
    });
  });

  it('filters by entity, id, actor and time, newest first, with paging', async () => {
    const { tenant, admin, units } = await tenantWithHistory();
    const unit = units[0];
    const byEntity = await admin.get(`/api/audit?entity=equipment&entityId=${unit.id}`);
    expect(byEntity.body.items.map((item: Json) => item.action)).toEqual([
      'equipment.updated',
      'equipment.created',
    ]);
    const dispatcher = await tenantClient(ctx, tenant, ['dispatch-dispatcher']);
    const dispatcherSub = JSON.parse(
      Buffer.from(dispatcher.token.split('.')[1]!, 'base64url').toString(),
    ).sub;
    await dispatcher.patch(`/api/equipment/${unit.id}`, { status: 'maintenance' });
    const byActor = await admin.get(`/api/audit?actor=${dispatcherSub}`);
    expect(byActor.body.items).toHaveLength(1);
    expect(byActor.body.items[0]).toMatchObject({
      actor: { sub: dispatcherSub },
      after: { status: 'maintenance' },
    });
    const future = await admin.get(
      `/api/audit?from=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`,
    );
    expect(future.body.items).toEqual([]);
    const first = await admin.get('/api/audit?limit=5');
    const second = await admin.get(`/api/audit?limit=5&cursor=${first.body.nextCursor}`);
    const firstIds = new Set(first.body.items.map((item: Json) => item.id));
    expect(second.body.items.some((item: Json) => firstIds.has(item.id))).toBe(false);
    expect((await admin.get('/api/audit?from=2030-01-01T00:00:00Z&to=2020-01-01T00:00:00Z')).status).toBe(
      400,
    );
    expect((await admin.get('/api/audit?from=yesterday')).status).toBe(400);
  });

  it('is for admins only', async () => {
    const { tenant } = await tenantWithHistory();
    for (const role of ['dispatch-dispatcher', 'dispatch-viewer', 'dispatch-driver']) {
      const client = await tenantClient(ctx, tenant, [role]);
      expect((await client.get('/api/audit')).status).toBe(403);
      expect((await client.get('/api/audit/verify')).status).toBe(403);
    }
  });

  it("never shows one tenant's audit events to another", async () => {
    const { units } = await tenantWithHistory();
    const other = await ctx.createTenant(`aud-other-${process.pid}`);
    const otherAdmin = await tenantClient(ctx, other, ['dispatch-admin']);
    expect((await otherAdmin.get('/api/audit')).body.items).toEqual([]);
    expect((await otherAdmin.get(`/api/audit?entityId=${units[0].id}`)).body.items).toEqual([]);
    expect((await otherAdmin.get('/api/audit/verify')).body).toEqual({
      ok: true,
      checked: 0,
      lastSeq: 0,
      anchoredSeq: null,
      firstBroken: null,
    });
  });
});
