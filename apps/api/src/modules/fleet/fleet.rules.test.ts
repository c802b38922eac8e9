import { describe, expect, it } from 'vitest';
import { useApiHarness } from '#src/test/api-harness';
import {
  adminTenant,
  createDriver,
  createEquipment,
  createType,
  createWorkOrder,
  requestDispatch,
  type Json,
} from '#src/test/fleet-fixtures';

const ctx = useApiHarness();

/**
 * "A free qualified driver" is one rule (fleet.rules.ts): what the equipment list says about a unit and what
 * dispatch does with it must agree, also on the day a qualification expires.
 */
describe('fleet rules: the equipment list and the dispatch agree', () => {
  for (const [when, offsetMs, qualified] of [
    ['later today', 10 * 60_000, true],
    ['earlier today', -1_000, false],
  ] as const) {
    it(`for a driver whose qualification expires ${when} (${qualified ? 'still current' : 'no longer current'})`, async () => {
      const { admin } = await adminTenant(ctx, 'rules');
      const typeId = await createType(admin);
      const unit = await createEquipment(admin, { typeId, region: 'north' });
      const driver = await createDriver(admin, {
        typeIds: [typeId],
        region: 'north',
        expiresAt: new Date(Date.now() + offsetMs).toISOString(),
      });

      const listed = await admin.get(`/api/equipment/available?typeId=${typeId}`);
      expect(listed.status).toBe(200);
      expect(listed.body.items.map((item: Json) => [item.id, item.hasFreeDriver])).toEqual([
        [unit.id, qualified],
      ]);
      const shown = await admin.get(`/api/drivers/${driver.id}`);
      expect(shown.body.qualifications.map((item: Json) => item.current)).toEqual([qualified]);

      const workOrder = await createWorkOrder(admin, { region: 'north' });
      const dispatched = await requestDispatch(admin, {
        workOrderId: workOrder.id,
        equipmentTypeId: typeId,
        priority: 'standard',
      });
      expect(dispatched.status).toBe(qualified ? 201 : 202);
      if (qualified) {
        expect(dispatched.body.assignment.equipmentId).toBe(unit.id);
        expect(dispatched.body.assignment.driverId).toBe(driver.id);
      }
    });
  }
});
