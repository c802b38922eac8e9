import { uuidv7 } from 'uuidv7';
import { AppError, assertThat } from '#src/kernel/problems';
import { decodeCursor } from '#src/kernel/cursor';
import { assertNonAdminFields, assertRegionAllowed } from '#src/auth/access';
import { keysetPage } from '#src/kernel/paging';
import type { TenantContext } from '#src/kernel/tenant-context';
import type { UnitOfWork } from '#src/kernel/unit-of-work';
import * as repository from './drivers.repository';
import type { QualificationWithName } from './drivers.repository';
import type { DriverRow } from './drivers.table';
import type { DriverCreate, DriverDto, DriverListQuery, DriverUpdate } from './drivers.schemas';
import { CAPACITY_CHANGED } from './fleet.signals';
import { isoTimestamp } from '#src/kernel/iso-timestamp';

export function toDto(row: DriverRow, qualifications: QualificationWithName[]): DriverDto {
  return {
    id: row.id,
    name: row.name,
    userSub: row.userSub,
    phone: row.phone,
    region: row.region,
    shiftStatus: row.shiftStatus,
    activeAssignmentId: row.activeAssignmentId,
    idleSince: isoTimestamp(row.idleSince),
    qualifications: qualifications
      .filter((item) => item.driverId === row.id)
      .map((item) => ({
        equipmentTypeId: item.equipmentTypeId,
        equipmentTypeName: item.equipmentTypeName,
        expiresAt: item.expiresAt ? isoTimestamp(item.expiresAt) : null,
        current: item.current,
      })),
    createdAt: isoTimestamp(row.createdAt),
    updatedAt: isoTimestamp(row.updatedAt),
  };
}

const isCursor = (value: Record<string, unknown>): value is { name: string; id: string } =>
  typeof value.name === 'string' && typeof value.id === 'string';

export async function listDrivers(ctx: TenantContext, query: DriverListQuery) {
  const limit = query.limit ?? 50;
  const after = decodeCursor(query.cursor, isCursor);
  const rows = await repository.listDrivers(ctx.tx, ctx.user, query, { limit: limit + 1, after });
  const qualifications = await repository.qualificationsOf(
    ctx.tx,
    rows.slice(0, limit).map((row) => row.id),
  );
  return keysetPage(
    rows,
    limit,
    (row) => toDto(row, qualifications),
    (row) => ({ name: row.name, id: row.id }),
  );
}

async function load(ctx: TenantContext, id: string): Promise<DriverDto | undefined> {
  const row = await repository.findDriver(ctx.tx, ctx.user, id);
  return row && toDto(row, await repository.qualificationsOf(ctx.tx, [row.id]));
}

export async function getDriver(ctx: TenantContext, id: string) {
  const dto = await load(ctx, id);
  assertThat(dto, 'not-found', `No driver ${id}`);
  return dto;
}

const subTaken = () =>
  new AppError('user-already-linked', 'That user is already linked to another driver', {
    errors: [{ field: 'userSub', message: 'is linked to another driver' }],
  });

async function checkedQualifications(uow: UnitOfWork, input: DriverCreate['qualifications']) {
  const items = input ?? [];
  const ids = items.map((item) => item.equipmentTypeId);
  if (new Set(ids).size !== ids.length) {
    throw new AppError('validation-failed', 'An equipment type appears twice in qualifications', {
      errors: [{ field: 'qualifications', message: 'must name each equipment type once' }],
    });
  }
  const known = await repository.existingTypeIds(uow.tx, ids);
  const unknown = items.findIndex((item) => !known.has(item.equipmentTypeId));
  if (unknown >= 0) {
    throw new AppError('validation-failed', `No equipment type ${ids[unknown]}`, {
      errors: [
        {
          field: `qualifications.${unknown}.equipmentTypeId`,
          message: 'is not an equipment type of this tenant',
        },
      ],
    });
  }
  return items.map((item) => ({
    equipmentTypeId: item.equipmentTypeId,
    expiresAt: item.expiresAt ? new Date(item.expiresAt) : null,
  }));
}

function announce(uow: UnitOfWork, dto: DriverDto) {
  uow.emit({ type: 'driver.updated', payload: dto, audience: { region: dto.region, driverId: dto.id } });
}

/** A free, on-shift driver is capacity for every type they are currently qualified for. */
function offerCapacity(uow: UnitOfWork, dto: DriverDto, reason: string) {
  if (dto.shiftStatus !== 'on_shift' || dto.activeAssignmentId !== null) return;
  for (const item of dto.qualifications)
    if (item.current) uow.signal(CAPACITY_CHANGED, item.equipmentTypeId, reason);
}

export async function createDriver(uow: UnitOfWork, input: DriverCreate) {
  assertRegionAllowed(uow.user, input.region);
  const qualifications = await checkedQualifications(uow, input.qualifications);
  if (input.userSub && (await repository.userSubTaken(uow.tx, input.userSub))) throw subTaken();
  const row = await repository.insertDriver(uow.tx, {
    id: uuidv7(),
    name: input.name,
    userSub: input.userSub ?? null,
    phone: input.phone ?? null,
    region: input.region,
    shiftStatus: input.shiftStatus ?? 'off_shift',
  });
  await repository.replaceQualifications(uow.tx, row.id, qualifications);
  const dto = (await load(uow, row.id))!;
  uow.audit({ action: 'driver.created', entity: 'driver', entityId: row.id, after: dto });
  announce(uow, dto);
  offerCapacity(uow, dto, `driver ${dto.name} added`);
  return currentState(uow, dto);
}

export async function updateDriver(uow: UnitOfWork, id: string, input: DriverUpdate) {
  const row = await repository.findDriver(uow.tx, uow.user, id, { forUpdate: true });
  assertThat(row, 'not-found', `No driver ${id}`);
  assertNonAdminFields(uow.user, input, { shiftStatus: true });
  const before = toDto(row, await repository.qualificationsOf(uow.tx, [id]));
  if (input.region !== undefined) assertRegionAllowed(uow.user, input.region);
  if (input.userSub && (await repository.userSubTaken(uow.tx, input.userSub, id))) throw subTaken();
  const comesOnShift = input.shiftStatus === 'on_shift' && row.shiftStatus !== 'on_shift';
  await repository.updateDriver(uow.tx, id, {
    name: input.name,
    userSub: input.userSub,
    phone: input.phone,
    region: input.region,
    shiftStatus: input.shiftStatus,
    // Coming on shift starts the idle clock: the rule prefers whoever has waited longest while on shift.
    idleSince: comesOnShift && row.activeAssignmentId === null ? new Date() : undefined,
  });
  if (input.qualifications !== undefined) {
    await repository.replaceQualifications(
      uow.tx,
      id,
      await checkedQualifications(uow, input.qualifications),
    );
  }
  const after = (await load(uow, id))!;
  uow.audit({ action: 'driver.updated', entity: 'driver', entityId: id, before, after });
  announce(uow, after);
  const gained = after.qualifications.some(
    (item) =>
      item.current &&
      !before.qualifications.some((old) => old.equipmentTypeId === item.equipmentTypeId && old.current),
  );
  if (comesOnShift || gained || after.region !== before.region) {
    offerCapacity(
      uow,
      after,
      comesOnShift ? `driver ${after.name} came on shift` : `driver ${after.name} updated`,
    );
  }
  return currentState(uow, after);
}

/** The capacity a change offered serves the queue at once; the answer shows the driver as they are after that. */
async function currentState(uow: UnitOfWork, dto: DriverDto): Promise<DriverDto> {
  await uow.flushSignals();
  return (await load(uow, dto.id)) ?? dto;
}
