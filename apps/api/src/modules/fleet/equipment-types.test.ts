import { describe, expect, it } from 'vitest';
import { useApiHarness } from '#src/test/api-harness';
import { adminTenant, createType, unique } from '#src/test/fleet-fixtures';
import { readBacklog } from '#src/modules/realtime/realtime.backlog';

const ctx = useApiHarness();

describe('equipment types', () => {
  it('creates a type, lists it by name, and refuses the same name twice', async () => {
    const { admin } = await adminTenant(ctx, 'etype');
    const crane = await createType(admin, 'Crane');
    await createType(admin, 'Flatbed');
    const list = await admin.get('/api/equipment-types');
    expect(list.status).toBe(200);
    expect(list.body.items.map((item: { name: string }) => item.name)).toEqual(['Crane', 'Flatbed']);
    expect((await admin.get(`/api/equipment-types/${crane}`)).body).toMatchObject({
      id: crane,
      name: 'Crane',
    });
    const again = await admin.post('/api/equipment-types', { name: 'Crane' });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({
      type: 'https://dispatch.dev/problems/name-taken',
      errors: [{ field: 'name', message: 'is already used by another equipment type' }],
    });
  });

  it('audits a new type and tells the boards, like every other write', async () => {
    const { tenant, admin } = await adminTenant(ctx, 'etype');
    const crane = await createType(admin, 'Crane');

    const audit = await admin.get(`/api/audit?entity=equipment-type&entityId=${crane}`);
    expect(audit.body.items).toEqual([
      expect.objectContaining({ action: 'equipment-type.created', entityId: crane }),
    ]);
    // Published after COMMIT, before the answer (unless Redis is slow): the tenant's backlog holds it.
    const published = async () =>
      (await readBacklog(ctx.app.redis, tenant.row.id, 0)).messages.map((message) => message.event);
    await expect.poll(published, { timeout: 2_000 }).toContainEqual(
      expect.objectContaining({
        type: 'equipmenttype.updated',
        payload: expect.objectContaining({ id: crane }),
      }),
    );
  });

  it("never shows one tenant's equipment types to another, nor lets it use them", async () => {
    const { admin } = await adminTenant(ctx, 'etype');
    const crane = await createType(admin, 'Crane');
    const { admin: otherAdmin } = await adminTenant(ctx, 'etype-other');
    expect((await otherAdmin.get('/api/equipment-types')).body.items).toEqual([]);
    expect((await otherAdmin.get(`/api/equipment-types/${crane}`)).status).toBe(404);
    // Another tenant's type id names nothing here: equipment of that type is refused, naming the field.
    const equipment = await otherAdmin.post('/api/equipment', {
      identifier: unique('EQ'),
      typeId: crane,
      region: 'north',
    });
    expect(equipment.status).toBe(400);
    expect(equipment.body.errors).toEqual([expect.objectContaining({ field: 'typeId' })]);
    // Names are unique per tenant only: the other tenant may have its own "Crane".
    expect((await otherAdmin.post('/api/equipment-types', { name: 'Crane' })).status).toBe(201);
    expect((await admin.get('/api/equipment-types')).body.items).toHaveLength(1);
  });
});
