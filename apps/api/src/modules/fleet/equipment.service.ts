import { uuidv7 } from 'uuidv7';
import { AppError, assertThat } from '#src/kernel/problems';
import { decodeCursor } from '#src/kernel/cursor';
import { findEquipmentType } from './equipment-types.repository';
import { assertNonAdminFields, assertRegionAllowed } from '#src/auth/access';
import { keysetPage } from '#src/kernel/paging';
import type { TenantContext } from '#src/kernel/tenant-context';
import type { UnitOfWork } from '#src/kernel/unit-of-work';
import * as repository from './equipment.repository';
import type { EquipmentWithType } from './equipment.repository';
import type { EquipmentStatus } from './equipment.table';
import type {
  AvailableEquipmentQuery,
  EquipmentCreate,
  EquipmentDto,
  EquipmentListQuery,
  EquipmentUpdate,
} from './equipment.schemas';
import { CAPACITY_CHANGED } from './fleet.signals';
import { isoTimestamp } from '#src/kernel/iso-timestamp';

export const toDto = (row: EquipmentWithType): EquipmentDto => ({
  id: row.id,
  identifier: row.identifier,
  typeId: row.typeId,
  typeName: row.typeName,
  region: row.region,
  status: row.status,
  maintenanceRequested: row.maintenanceRequested,
  nextMaintenanceOn: row.nextMaintenanceOn,
  notes: row.notes,
  idleSince: isoTimestamp(row.idleSince),
  createdAt: isoTimestamp(row.createdAt),
  updatedAt: isoTimestamp(row.updatedAt),
});

const isIdentifierCursor = (value: Record<string, unknown>): value is { identifier: string } =>
  typeof value.identifier === 'string';
const isIdleCursor = (value: Record<string, unknown>): value is { idleSince: string; id: string } =>
  typeof value.idleSince === 'string' &&
  typeof value.id === 'string' &&
  !Number.isNaN(Date.parse(value.idleSince));

export async function listEquipment(ctx: TenantContext, query: EquipmentListQuery) {
  const limit = query.limit ?? 50;
  const after = decodeCursor(query.cursor, isIdentifierCursor);
  const rows = await repository.listEquipment(ctx.tx, ctx.user, query, {
    limit: limit + 1,
    afterIdentifier: after?.identifier,
  });
  return keysetPage(rows, limit, toDto, (row) => ({ identifier: row.identifier }));
}

export async function listAvailable(ctx: TenantContext, query: AvailableEquipmentQuery) {
  const limit = query.limit ?? 50;
  const after = decodeCursor(query.cursor, isIdleCursor);
  const rows = await repository.listAvailableEquipment(ctx.tx, ctx.user, query, {
    limit: limit + 1,
    after: after && { idleSince: new Date(after.idleSince), id: after.id },
  });
  return keysetPage(
    rows,
    limit,
    (row) => ({ ...toDto(row), hasFreeDriver: row.hasFreeDriver }),
    (row) => ({ idleSince: isoTimestamp(row.idleSince), id: row.id }),
  );
}

export async function getEquipment(ctx: TenantContext, id: string) {
  const row = await repository.findEquipment(ctx.tx, ctx.user, id);
  assertThat(row, 'not-found', `No equipment ${id}`);
  return toDto(row);
}

const identifierTaken = (identifier: string) =>
  new AppError('identifier-taken', `Equipment "${identifier}" already exists`, {
    errors: [{ field: 'identifier', message: 'is already used by other equipment' }],
  });

async function assertTypeExists(uow: UnitOfWork, typeId: string) {
  if (!(await findEquipmentType(uow.tx, typeId))) {
    throw new AppError('validation-failed', `No equipment type ${typeId}`, {
      errors: [{ field: 'typeId', message: 'is not an equipment type of this tenant' }],
    });
  }
}

function announce(uow: UnitOfWork, dto: EquipmentDto) {
  uow.emit({ type: 'equipment.updated', payload: dto, audience: { region: dto.region } });
}

export async function createEquipment(uow: UnitOfWork, input: EquipmentCreate) {
  assertRegionAllowed(uow.user, input.region);
  await assertTypeExists(uow, input.typeId);
  const row = await repository.insertEquipment(uow.tx, {
    id: uuidv7(),
    identifier: input.identifier,
    typeId: input.typeId,
    region: input.region,
    status: input.status ?? 'available',
    nextMaintenanceOn: input.nextMaintenanceOn ?? null,
    notes: input.notes ?? null,
  });
  if (!row) throw identifierTaken(input.identifier);
  const created = await repository.findEquipment(uow.tx, uow.user, row.id);
  const dto = toDto(created!);
  uow.audit({ action: 'equipment.created', entity: 'equipment', entityId: row.id, after: dto });
  announce(uow, dto);
  if (row.status === 'available')
    uow.signal(CAPACITY_CHANGED, row.typeId, `equipment ${row.identifier} added`);
  return currentState(uow, dto);
}

/**
 * Status changes a person may make. Dispatched equipment cannot be retired, retyped or moved; asking for
 * maintenance marks it to go there when its assignment ends (and asking for `available` clears the mark).
 */
function nextStatus(current: EquipmentStatus, wanted: EquipmentStatus | undefined) {
  if (wanted === undefined || wanted === current) return { status: current };
  if (current === 'dispatched') {
    if (wanted === 'maintenance') return { status: current, maintenanceRequested: true };
    if (wanted === 'available') return { status: current, maintenanceRequested: false };
    throw new AppError('equipment-busy', 'Dispatched equipment cannot be retired; end its assignment first');
  }
  return { status: wanted, maintenanceRequested: false };
}

export async function updateEquipment(uow: UnitOfWork, id: string, input: EquipmentUpdate) {
  const before = await repository.findEquipment(uow.tx, uow.user, id, { forUpdate: true });
  assertThat(before, 'not-found', `No equipment ${id}`);
  assertNonAdminFields(uow.user, input, { status: ['available', 'maintenance'] });
  if (input.region !== undefined) assertRegionAllowed(uow.user, input.region);
  if (
    before.status === 'dispatched' &&
    (moves(input.typeId, before.typeId) || moves(input.region, before.region))
  ) {
    throw new AppError(
      'equipment-busy',
      'Dispatched equipment keeps its type and region until its assignment ends',
    );
  }
  if (input.typeId !== undefined && input.typeId !== before.typeId) await assertTypeExists(uow, input.typeId);
  if (input.identifier !== undefined && (await repository.identifierTaken(uow.tx, input.identifier, id))) {
    throw identifierTaken(input.identifier);
  }
  const { status, maintenanceRequested } = nextStatus(before.status, input.status);
  const becomesAvailable = status === 'available' && before.status !== 'available';
  await repository.updateEquipment(uow.tx, id, {
    identifier: input.identifier,
    typeId: input.typeId,
    region: input.region,
    status,
    maintenanceRequested,
    nextMaintenanceOn: input.nextMaintenanceOn,
    notes: input.notes,
    idleSince: becomesAvailable ? new Date() : undefined,
  });
  const after = (await repository.findEquipment(uow.tx, uow.user, id))!;
  const dto = toDto(after);
  uow.audit({
    action: 'equipment.updated',
    entity: 'equipment',
    entityId: id,
    before: toDto(before),
    after: dto,
  });
  announce(uow, dto);
  const changedPlace = after.typeId !== before.typeId || after.region !== before.region;
  if (after.status === 'available' && (becomesAvailable || changedPlace)) {
    uow.signal(
      CAPACITY_CHANGED,
      after.typeId,
      before.status === 'maintenance'
        ? `equipment ${after.identifier} back from maintenance`
        : `equipment ${after.identifier} available`,
    );
  }
  return currentState(uow, dto);
}

/** The capacity a change freed serves the queue at once; the answer shows the unit as it is after that. */
async function currentState(uow: UnitOfWork, dto: EquipmentDto): Promise<EquipmentDto> {
  await uow.flushSignals();
  const row = await repository.findEquipment(uow.tx, uow.user, dto.id);
  return row ? toDto(row) : dto;
}

const moves = <T>(wanted: T | undefined, current: T) => wanted !== undefined && wanted !== current;
