import { describe, expect, it } from 'vitest';
import { useApiHarness } from '#src/test/api-harness';
import { createDriver, createEquipment, type Json } from '#src/test/fleet-fixtures';
import { ruleFleet } from '#src/test/rule-fleet';

const ctx = useApiHarness();
const fleet = () => ruleFleet(ctx, 'decisions');

/** The decision record (docs/dispatch.md): the chosen pair at once, why each was passed over when it waits. */
describe('dispatch decision records', () => {
  it('picks the unit idle longest, then the driver idle longest, and records the choice', async () => {
    const { admin, typeId, ask } = await fleet();
    const older = await createEquipment(admin, { typeId, identifier: 'OLD' });
    await createEquipment(admin, { typeId, identifier: 'NEW' });
    await createEquipment(admin, { typeId, identifier: 'SOUTH', region: 'south' });
    await createEquipment(admin, { typeId, identifier: 'SHOP', status: 'maintenance' });
    const first = await createDriver(admin, { typeIds: [typeId], name: 'First' });
    await createDriver(admin, { typeIds: [typeId], name: 'Second' });
    await createDriver(admin, { typeIds: [typeId], name: 'Expired', expiresAt: '2000-01-01T00:00:00Z' });
    await createDriver(admin, { typeIds: [typeId], name: 'Resting', shiftStatus: 'off_shift' });
    const response = await ask('standard', { region: 'north' });
    expect(response.body.assignment).toMatchObject({ equipmentId: older.id, driverId: first.id });

    const decisions = await admin.get(`/api/dispatch/requests/${response.body.request.id}/decisions`);
    expect(decisions.status).toBe(200);
    const [decision] = decisions.body.items;
    expect(decision).toMatchObject({
      outcome: 'assigned',
      trigger: 'new request',
      chosen: { equipmentIdentifier: 'OLD', driverName: 'First' },
    });
    // Chosen at once, the rule explains the choice: the record names the pair and counts the others.
    expect(decision.equipment).toEqual([
      {
        id: older.id,
        name: 'OLD',
        region: 'north',
        verdict: 'chosen',
        reasons: [expect.stringContaining('idle longest of the eligible units')],
      },
    ]);
    expect(decision.drivers).toEqual([
      {
        id: first.id,
        name: 'First',
        region: 'north',
        verdict: 'chosen',
        reasons: [expect.stringMatching(/^on shift, qualified, free since /)],
      },
    ]);
    expect(decision).toMatchObject({ equipmentNotListed: 3, driversNotListed: 3 });
  });

  it('records why each unit and driver was passed over when a request has to wait', async () => {
    const { admin, typeId, ask } = await fleet();
    await createEquipment(admin, { typeId, identifier: 'BUSY' });
    await createDriver(admin, { typeIds: [typeId], name: 'Busy' });
    expect((await ask('standard')).status).toBe(201);
    await createEquipment(admin, { typeId, identifier: 'IDLE' });
    await createEquipment(admin, { typeId, identifier: 'SOUTH', region: 'south' });
    await createEquipment(admin, { typeId, identifier: 'SHOP', status: 'maintenance' });
    await createDriver(admin, { typeIds: [typeId], name: 'Expired', expiresAt: '2000-01-01T00:00:00Z' });
    await createDriver(admin, { typeIds: [typeId], name: 'Resting', shiftStatus: 'off_shift' });
    const response = await ask('standard', { region: 'north' });
    expect(response.status).toBe(202);

    const [decision] = (await admin.get(`/api/dispatch/requests/${response.body.request.id}/decisions`)).body
      .items;
    expect(decision).toMatchObject({
      outcome: 'queued',
      chosen: null,
      equipmentNotListed: 0,
      driversNotListed: 0,
    });
    const why = (list: Json[], name: string) => list.find((item) => item.name === name).reasons.join('; ');
    expect(why(decision.equipment, 'BUSY')).toContain('is dispatched');
    expect(why(decision.equipment, 'IDLE')).toContain(
      'no on-shift driver with a current qualification is free',
    );
    expect(why(decision.equipment, 'SOUTH')).toContain('the request needs north');
    expect(why(decision.equipment, 'SHOP')).toContain('is maintenance');
    expect(why(decision.drivers, 'Busy')).toContain('is on assignment');
    expect(why(decision.drivers, 'Expired')).toContain('qualification expired');
    expect(why(decision.drivers, 'Resting')).toContain('off shift');
  });
});
