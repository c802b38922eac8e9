import { and, asc, eq, getTableColumns, gt, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { statementBuilder, tenantStatementsByShape, type TenantTx } from '@dispatch/db';
import type { TenantUser } from '#src/auth/tenant-user';
import { regionCondition, regionLimit } from '#src/auth/region-scope';
import { equipmentTypes } from './equipment-types.table';
import { freeQualifiedDriverExists } from './fleet.rules';
import { equipment, type EquipmentRow, type EquipmentStatus } from './equipment.table';
import { eqWhenGiven } from '#src/kernel/filters';

export type EquipmentWithType = EquipmentRow & { typeName: string };

const withType = { ...getTableColumns(equipment), typeName: equipmentTypes.name };

/** Whether a free driver holding a current qualification for the type works in the unit's region. */
const hasFreeDriver = sql<boolean>`${freeQualifiedDriverExists(equipment.typeId, equipment.region)}`;

export interface EquipmentFilters {
  status?: EquipmentStatus;
  typeId?: string;
  region?: string;
}

// The fleet list is read on every board visit: each combination of filters is built once.
const equipmentPages = tenantStatementsByShape(
  ['userRegion', 'status', 'typeId', 'region', 'afterIdentifier'],
  (has) =>
    statementBuilder
      .select(withType)
      .from(equipment)
      .innerJoin(equipmentTypes, eq(equipmentTypes.id, equipment.typeId))
      .where(
        and(
          has.userRegion ? eq(equipment.region, sql.placeholder('userRegion')) : undefined,
          has.status ? eq(equipment.status, sql.placeholder('status')) : undefined,
          has.typeId ? eq(equipment.typeId, sql.placeholder('typeId')) : undefined,
          has.region ? eq(equipment.region, sql.placeholder('region')) : undefined,
          has.afterIdentifier ? gt(equipment.identifier, sql.placeholder('afterIdentifier')) : undefined,
        ),
      )
      .orderBy(asc(equipment.identifier))
      .limit(sql.placeholder('limit'))
      .prepare('equipment_page'),
);

export function listEquipment(
  tx: TenantTx,
  user: TenantUser,
  filters: EquipmentFilters,
  page: { limit: number; afterIdentifier?: string },
): Promise<EquipmentWithType[]> {
  return equipmentPages.run(tx, {
    userRegion: regionLimit(user),
    status: filters.status,
    typeId: filters.typeId,
    region: filters.region,
    afterIdentifier: page.afterIdentifier,
    limit: page.limit,
  });
}

/** Available units in the order dispatch would pick them (idle longest first). */
export async function listAvailableEquipment(
  tx: TenantTx,
  user: TenantUser,
  filters: { typeId?: string; region?: string },
  page: { limit: number; after?: { idleSince: Date; id: string } },
): Promise<(EquipmentWithType & { hasFreeDriver: boolean })[]> {
  const after: SQL | undefined = page.after
    ? or(
        gt(equipment.idleSince, page.after.idleSince),
        and(eq(equipment.idleSince, page.after.idleSince), gt(equipment.id, page.after.id)),
      )
    : undefined;
  return tx.db
    .select({ ...withType, hasFreeDriver })
    .from(equipment)
    .innerJoin(equipmentTypes, eq(equipmentTypes.id, equipment.typeId))
    .where(
      and(
        eq(equipment.status, 'available'),
        regionCondition(user, equipment.region),
        eqWhenGiven(equipment.typeId, filters.typeId),
        eqWhenGiven(equipment.region, filters.region),
        after,
      ),
    )
    .orderBy(asc(equipment.idleSince), asc(equipment.id))
    .limit(page.limit);
}

export async function findEquipment(
  tx: TenantTx,
  user: TenantUser,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<EquipmentWithType | undefined> {
  const query = tx.db
    .select(withType)
    .from(equipment)
    .innerJoin(equipmentTypes, eq(equipmentTypes.id, equipment.typeId))
    .where(and(eq(equipment.id, id), regionCondition(user, equipment.region)))
    .limit(1);
  const [row] = options.forUpdate ? await query.for('update', { of: equipment }) : await query;
  return row;
}

/** Undefined when the identifier is taken (unique per tenant). */
export async function insertEquipment(
  tx: TenantTx,
  values: {
    id: string;
    identifier: string;
    typeId: string;
    region: string;
    status: EquipmentStatus;
    nextMaintenanceOn: string | null;
    notes: string | null;
  },
): Promise<EquipmentRow | undefined> {
  const [row] = await tx.db.insert(equipment).values(values).onConflictDoNothing().returning();
  return row;
}

export async function updateEquipment(
  tx: TenantTx,
  id: string,
  values: Partial<
    Pick<
      EquipmentRow,
      | 'identifier'
      | 'typeId'
      | 'region'
      | 'status'
      | 'maintenanceRequested'
      | 'nextMaintenanceOn'
      | 'notes'
      | 'idleSince'
    >
  >,
): Promise<EquipmentRow | undefined> {
  const [row] = await tx.db
    .update(equipment)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(equipment.id, id))
    .returning();
  return row;
}

export async function identifierTaken(tx: TenantTx, identifier: string, exceptId: string): Promise<boolean> {
  const [row] = await tx.db
    .select({ id: equipment.id })
    .from(equipment)
    .where(and(eq(equipment.identifier, identifier), sql`${equipment.id} <> ${exceptId}`))
    .limit(1);
  return row !== undefined;
}

/**
 * How many units of the type are in service (available or dispatched), as an expression to compose into another
 * module's statement (dispatch's wait estimate spreads the queue over them).
 */
export const unitsInServiceOf = (typeId: SQLWrapper): SQL =>
  sql`(SELECT count(*) FROM ${equipment}
        WHERE ${equipment.typeId} = ${typeId} AND ${equipment.status} IN ('available', 'dispatched'))::int`;

/** Whether the tenant has any equipment at all. */
export async function hasAnyEquipment(tx: TenantTx): Promise<boolean> {
  const [row] = await tx.db.select({ id: equipment.id }).from(equipment).limit(1);
  return row !== undefined;
}
