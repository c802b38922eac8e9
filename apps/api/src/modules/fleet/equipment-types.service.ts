import { uuidv7 } from 'uuidv7';
import { AppError, assertThat } from '#src/kernel/problems';
import { decodeCursor } from '#src/kernel/cursor';
import { keysetPage } from '#src/kernel/paging';
import type { TenantContext } from '#src/kernel/tenant-context';
import type { UnitOfWork } from '#src/kernel/unit-of-work';
import * as repository from './equipment-types.repository';
import type { EquipmentTypeCreate, EquipmentTypeDto } from './equipment-types.schemas';
import { isoTimestamp } from '#src/kernel/iso-timestamp';

export const toDto = (row: repository.ListedEquipmentType): EquipmentTypeDto => ({
  id: row.id,
  name: row.name,
  description: row.description,
  createdAt: isoTimestamp(row.createdAt),
});

const isNameCursor = (value: Record<string, unknown>): value is { name: string } =>
  typeof value.name === 'string';

export async function listTypes(ctx: TenantContext, query: { cursor?: string; limit?: number }) {
  const limit = query.limit ?? 50;
  const after = decodeCursor(query.cursor, isNameCursor);
  const rows = await repository.listEquipmentTypes(ctx.tx, { limit: limit + 1, afterName: after?.name });
  return keysetPage(rows, limit, toDto, (row) => ({ name: row.name }));
}

export async function getType(ctx: TenantContext, id: string) {
  const row = await repository.findEquipmentType(ctx.tx, id);
  assertThat(row, 'not-found', `No equipment type ${id}`);
  return toDto(row);
}

/** A new type is a change every board shows (the dashboard lists each type), so it is announced like any other. */
export async function createType(uow: UnitOfWork, input: EquipmentTypeCreate) {
  const row = await repository.insertEquipmentType(uow.tx, { id: uuidv7(), ...input });
  if (!row) {
    throw new AppError('name-taken', `An equipment type named "${input.name}" already exists`, {
      errors: [{ field: 'name', message: 'is already used by another equipment type' }],
    });
  }
  const dto = toDto(row);
  uow.audit({ action: 'equipment-type.created', entity: 'equipment-type', entityId: row.id, after: dto });
  uow.emit({ type: 'equipmenttype.updated', payload: dto });
  return dto;
}
