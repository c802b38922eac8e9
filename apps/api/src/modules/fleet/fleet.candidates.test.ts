import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createPool,
  grantPlatformAccess,
  migratePlatform,
  provisionTenant,
  withTenantTransaction,
  type Pool,
  type TenantScope,
  type TenantTx,
} from '@dispatch/db';
import { APP_ROLE, createTestDatabase, testServices, type TestDatabase } from '@dispatch/testkit';
import { capacityRegions, chooseCandidate } from './fleet.candidates.repository';

const lockCandidate = async (tx: TenantTx, typeId: string, region: string | null) =>
  (await chooseCandidate(tx, typeId, region, 25)).candidate;

let database: TestDatabase;
let admin: Pool;
let app: Pool;
let tenant: TenantScope;
beforeAll(async () => {
  database = await createTestDatabase(testServices().adminDatabaseUrl);
  admin = createPool(database.adminUrl, { max: 2 });
  await migratePlatform(admin);
  await grantPlatformAccess(admin, APP_ROLE);
  app = createPool(database.appUrl, { max: 2 });
  tenant = (
    await provisionTenant(
      admin,
      { slug: 'cand', name: 'Candidates', tier: 'standard' },
      { appRole: APP_ROLE, actor: 'test' },
    )
  ).tenant;
});
afterAll(async () => {
  await app?.end();
  await admin?.end();
  await database?.drop();
});

/** A small deterministic generator, so a failing fixture can be run again from its seed. */
function generator(seed: number) {
  let state = seed >>> 0 || 1;
  return (n: number) => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) % n;
  };
}

const REGIONS = ['north', 'south', 'east'];
const STATUSES = ['available', 'available', 'available', 'dispatched', 'maintenance', 'retired'];

/** A random fleet: units and drivers over three regions and two types, with ties in idle time on purpose. */
async function seedFleet(tx: TenantTx, seed: number): Promise<string[]> {
  const pick = generator(seed);
  const types = [randomUUID(), randomUUID()];
  for (const id of types)
    await tx.client.query('INSERT INTO equipment_types (id, name) VALUES ($1, $2)', [id, id]);
  const idle = () => new Date(Date.UTC(2026, 10, 1, pick(6))); // few distinct values: ties happen
  for (let i = 0; i < 12 + pick(30); i++) {
    await tx.client.query(
      'INSERT INTO equipment (id, identifier, type_id, region, status, idle_since) VALUES ($1, $2, $3, $4, $5, $6)',
      [
        randomUUID(),
        `U-${seed}-${i}`,
        types[pick(2)],
        REGIONS[pick(3)],
        STATUSES[pick(STATUSES.length)],
        idle(),
      ],
    );
  }
  for (let i = 0; i < 8 + pick(25); i++) {
    const driver = randomUUID();
    await tx.client.query(
      'INSERT INTO drivers (id, name, region, shift_status, active_assignment_id, idle_since) VALUES ($1, $2, $3, $4, $5, $6)',
      [
        driver,
        `D-${seed}-${i}`,
        REGIONS[pick(3)],
        pick(4) === 0 ? 'off_shift' : 'on_shift',
        pick(4) === 0 ? randomUUID() : null,
        idle(),
      ],
    );
    for (const type of types) {
      const kind = pick(4); // none, no expiry, expired, current
      if (kind === 0) continue;
      const expires = kind === 1 ? null : new Date(Date.now() + (kind === 2 ? -1 : 1) * 86_400_000);
      await tx.client.query(
        'INSERT INTO driver_qualifications (driver_id, equipment_type_id, expires_at) VALUES ($1, $2, $3)',
        [driver, type, expires],
      );
    }
  }
  return types;
}

/** The documented rule as the reference: every unit × driver pair, ordered, the first kept. */
async function pairsChoice(tx: TenantTx, typeId: string, region: string | null) {
  const { rows } = await tx.client.query<{ equipment_id: string; driver_id: string }>(
    `SELECT e.id AS equipment_id, d.id AS driver_id
       FROM equipment e
       JOIN drivers d ON d.region = e.region
       JOIN driver_qualifications q ON q.driver_id = d.id AND q.equipment_type_id = e.type_id
      WHERE e.type_id = $1 AND e.status = 'available' AND ($2::text IS NULL OR e.region = $2::text)
        AND d.shift_status = 'on_shift' AND d.active_assignment_id IS NULL
        AND (q.expires_at IS NULL OR q.expires_at > now())
      ORDER BY e.idle_since, e.id, d.idle_since, d.id
      LIMIT 1`,
    [typeId, region],
  );
  return rows[0];
}

/** The reference for capacity: regions where some pair exists. */
async function pairRegions(tx: TenantTx, typeId: string) {
  const { rows } = await tx.client.query<{ region: string }>(
    `SELECT DISTINCT e.region FROM equipment e
       JOIN drivers d ON d.region = e.region
       JOIN driver_qualifications q ON q.driver_id = d.id AND q.equipment_type_id = e.type_id
      WHERE e.type_id = $1 AND e.status = 'available'
        AND d.shift_status = 'on_shift' AND d.active_assignment_id IS NULL
        AND (q.expires_at IS NULL OR q.expires_at > now())`,
    [typeId],
  );
  return rows.map((row) => row.region).sort();
}

class Discard extends Error {}

describe('the candidate pick', () => {
  it('chooses the same unit and driver as the documented pairs rule, on 40 random fleets', async () => {
    let compared = 0;
    let found = 0;
    for (let seed = 1; seed <= 40; seed++) {
      // Each fleet lives in a transaction that is rolled back: the next one starts empty.
      await withTenantTransaction(app, tenant, async (tx) => {
        const types = await seedFleet(tx, seed);
        for (const typeId of types) {
          expect((await capacityRegions(tx, typeId)).sort(), `capacity, seed ${seed}`).toEqual(
            await pairRegions(tx, typeId),
          );
          for (const region of [null, ...REGIONS]) {
            const expected = await pairsChoice(tx, typeId, region);
            const chosen = await lockCandidate(tx, typeId, region);
            compared++;
            if (expected) found++;
            expect(
              chosen && { equipment_id: chosen.equipmentId, driver_id: chosen.driverId },
              `seed ${seed}, region ${region}`,
            ).toEqual(expected);
          }
        }
        throw new Discard();
      }).catch((error: unknown) => {
        if (!(error instanceof Discard)) throw error;
      });
    }
    // The fixtures exercise both outcomes: a pick and no candidate at all.
    expect(found).toBeGreaterThan(compared / 4);
    expect(found).toBeLessThan(compared);
  });

  it('skips a unit or driver another transaction holds, and picks the next by the rule', async () => {
    const [typeId] = await withTenantTransaction(app, tenant, async (tx) => {
      const types = [randomUUID()];
      await tx.client.query('INSERT INTO equipment_types (id, name) VALUES ($1, $2)', [types[0], 'locks']);
      for (const [i, at] of ['2026-01-01', '2026-01-02'].entries()) {
        await tx.client.query(
          "INSERT INTO equipment (id, identifier, type_id, region, status, idle_since) VALUES ($1, $2, $3, 'north', 'available', $4)",
          [randomUUID(), `L-${i}`, types[0], at],
        );
        const driver = randomUUID();
        await tx.client.query(
          "INSERT INTO drivers (id, name, region, shift_status, idle_since) VALUES ($1, $2, 'north', 'on_shift', $3)",
          [driver, `L-driver-${i}`, at],
        );
        await tx.client.query(
          'INSERT INTO driver_qualifications (driver_id, equipment_type_id) VALUES ($1, $2)',
          [driver, types[0]],
        );
      }
      return types;
    });
    const first = await withTenantTransaction(app, tenant, async (holder) => {
      const held = (await lockCandidate(holder, typeId!, null))!;
      // While the first pair is held, a concurrent chooser gets the second unit with the second driver.
      const other = await withTenantTransaction(app, tenant, (tx) => lockCandidate(tx, typeId!, null));
      expect(other?.equipmentIdentifier).toBe('L-1');
      expect(other?.driverName).toBe('L-driver-1');
      return held;
    });
    expect(first.equipmentIdentifier).toBe('L-0');
    expect(first.driverName).toBe('L-driver-0');
  });
});
