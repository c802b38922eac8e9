import { uuidv7 } from 'uuidv7';
import type { TenantScope } from '@dispatch/db';
import type { UnitOfWork } from '#src/kernel/unit-of-work';
import type { SystemWork } from '#src/kernel/tenant-work';
import {
  createDriver,
  createEquipment,
  createEquipmentType,
  equipmentTypeIdsByName,
  hasAnyEquipment,
} from '#src/modules/fleet/index';
import { createWorkOrder } from '#src/modules/work-orders/index';
import { changeAssignmentStatus, type DispatchRuntime } from '#src/modules/dispatch/index';

/** What the seed needs from a running API (`buildApp`/`startServer(...).app` has all of it). */
export interface SeedHost {
  systemWork: SystemWork;
  dispatch: DispatchRuntime;
}

/** A dev IdP user to link to a driver record (the start command derives `sub` as the dev IdP does). */
export interface LinkedDriver {
  name: string;
  sub: string;
  region: string;
}

/** The entry point the seed's system work (and so its audit events) names. */
const SEED = 'demo-data';

const TYPES = [
  ['Crane 50t', 'Mobile crane, 50 tonne capacity'],
  ['Flatbed', 'Flatbed truck for machinery transport'],
  ['Excavator', 'Tracked excavator, 20 tonne class'],
  ['Tow truck', 'Heavy recovery vehicle'],
] as const;

const FLEET: [identifier: string, type: (typeof TYPES)[number][0], region: string, status?: 'maintenance'][] =
  [
    ['CR-101', 'Crane 50t', 'north'],
    ['CR-102', 'Crane 50t', 'south'],
    ['FB-201', 'Flatbed', 'north'],
    ['FB-202', 'Flatbed', 'north'],
    ['FB-203', 'Flatbed', 'south'],
    ['EX-301', 'Excavator', 'north'],
    ['EX-302', 'Excavator', 'south', 'maintenance'],
    ['TT-401', 'Tow truck', 'north'],
    ['TT-402', 'Tow truck', 'south'],
  ];

const CREW: [
  name: string,
  region: string,
  types: (typeof TYPES)[number][0][],
  extra?: 'expired' | 'off_shift',
][] = [
  ['Kim Novak', 'north', ['Crane 50t', 'Excavator']],
  ['Lee Park', 'north', ['Tow truck', 'Flatbed'], 'expired'],
  ['Max Weber', 'south', ['Crane 50t', 'Tow truck']],
  ['Ria Sol', 'south', ['Flatbed', 'Excavator']],
  ['Tom Berg', 'north', ['Crane 50t'], 'off_shift'],
];

const ORDERS: [title: string, address: string, region: string, lat: number, lng: number][] = [
  ['Lift HVAC units onto the roof', '12 Harbour Road', 'north', 53.551, 9.993],
  ['Move generator to the substation', '3 Quarry Lane', 'north', 53.562, 10.012],
  ['Dig foundations for block C', '48 Mill Street', 'north', 53.541, 9.981],
  ['Recover broken-down truck on the A7', 'A7 km 112', 'north', 53.601, 9.95],
  ['Steel beams for the bridge deck', 'Riverside Works', 'south', 48.137, 11.575],
  ['Trench for the water main', '7 Elm Avenue', 'south', 48.151, 11.56],
  ['Crane standby for the tower fit-out', '1 Central Plaza', 'north', 53.55, 10.0],
  ['Deliver scaffolding', '22 Station Road', 'south', 48.14, 11.59],
];

/**
 * Gives a demo tenant a fleet, a crew (the dev IdP's driver users linked by `sub`), work orders, and a few
 * dispatches: active ones in different lifecycle states, a completed one and some queued (including an urgent
 * one jumping the line), all made through the services, so audit chain, decision records and the Redis queue
 * are as real use leaves them. Does nothing if the tenant already has equipment (restarts keep their data).
 */
export async function seedDemoData(
  host: SeedHost,
  tenant: TenantScope,
  options: { linkedDrivers?: LinkedDriver[] } = {},
) {
  const seeded = await host.systemWork.read(tenant, SEED, (ctx) => hasAnyEquipment(ctx.tx));
  if (seeded) return { seeded: false };

  const run = <T>(work: (uow: UnitOfWork) => Promise<T>) => host.systemWork.write(tenant, SEED, work);

  const typeIds = await run(async (uow) => {
    const ids = await equipmentTypeIdsByName(uow.tx);
    for (const [name, description] of TYPES) {
      if (!ids.has(name)) ids.set(name, (await createEquipmentType(uow, { name, description })).id);
    }
    return ids;
  });
  const typeId = (name: string) => typeIds.get(name)!;

  // The linked drivers come first: idle longest, they are the ones the rule picks, so they have work to do.
  for (const driver of options.linkedDrivers ?? []) {
    await run((uow) =>
      createDriver(uow, {
        name: driver.name,
        userSub: driver.sub,
        region: driver.region,
        shiftStatus: 'on_shift',
        qualifications: TYPES.map(([name]) => ({ equipmentTypeId: typeId(name) })),
      }),
    );
  }
  for (const [name, region, types, extra] of CREW) {
    await run((uow) =>
      createDriver(uow, {
        name,
        region,
        shiftStatus: extra === 'off_shift' ? 'off_shift' : 'on_shift',
        qualifications: types.map((type, index) => ({
          equipmentTypeId: typeId(type),
          expiresAt:
            extra === 'expired' && index === 0 ? new Date(Date.now() - 30 * 86_400_000).toISOString() : null,
        })),
      }),
    );
  }
  for (const [identifier, type, region, status] of FLEET) {
    await run((uow) =>
      createEquipment(uow, { identifier, typeId: typeId(type), region, status: status ?? 'available' }),
    );
  }
  const orders: Awaited<ReturnType<typeof createWorkOrder>>[] = [];
  for (const [title, siteAddress, region, latitude, longitude] of ORDERS) {
    orders.push(
      await run((uow) =>
        createWorkOrder(uow, { title, siteAddress, region, location: { latitude, longitude } }),
      ),
    );
  }

  const dispatch = (order: number, type: string, priority: 'urgent' | 'standard') =>
    run((uow) =>
      host.dispatch.service.createRequest(uow, `demo-${uuidv7()}`, {
        workOrderId: orders[order]!.id,
        equipmentTypeId: typeId(type),
        priority,
        region: orders[order]!.region,
      }),
    );
  const move = (assignmentId: string, statuses: ('en_route' | 'on_site' | 'completed')[]) =>
    run(async (uow) => {
      for (const status of statuses)
        await changeAssignmentStatus(host.dispatch.service, uow, assignmentId, { status });
    });
  const assignmentOf = (result: Awaited<ReturnType<typeof dispatch>>) =>
    'assignment' in result.body ? result.body.assignment.id : undefined;

  // Active work in every lifecycle state, one completed job, then demand beyond supply: a queue.
  const crane = assignmentOf(await dispatch(0, 'Crane 50t', 'standard'));
  const flatbed = assignmentOf(await dispatch(1, 'Flatbed', 'urgent'));
  const digger = assignmentOf(await dispatch(2, 'Excavator', 'standard'));
  await dispatch(3, 'Tow truck', 'urgent'); // no free tow-qualified driver in the north: waits
  if (crane) await move(crane, ['en_route']);
  if (flatbed) await move(flatbed, ['en_route', 'on_site']);
  if (digger) await move(digger, ['en_route', 'on_site', 'completed']);
  await dispatch(4, 'Crane 50t', 'standard');
  await dispatch(5, 'Excavator', 'standard');
  await dispatch(6, 'Crane 50t', 'standard');
  await dispatch(0, 'Crane 50t', 'standard');
  await dispatch(6, 'Crane 50t', 'urgent');
  await dispatch(7, 'Flatbed', 'standard');
  await host.dispatch.service.settle();
  return { seeded: true };
}
