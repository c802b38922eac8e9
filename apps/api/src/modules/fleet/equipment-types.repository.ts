import { asc, eq, gt, sql, type SQL } from 'drizzle-orm';
import { statementBuilder, tenantStatement, type TenantTx } from '@dispatch/db';
import { equipmentTypes, type EquipmentTypeRow } from './equipment-types.table';

// The type list and lookup are among the most frequent reads: built once (see tenantStatement).
/** What a list page shows of a type (`toDto`): no more columns travel or get parsed than that. */
const listed = {
  id: equipmentTypes.id,
  name: equipmentTypes.name,
  description: equipmentTypes.description,
  createdAt: equipmentTypes.createdAt,
};
export type ListedEquipmentType = Pick<EquipmentTypeRow, keyof typeof listed>;

const firstPage = tenantStatement(
  statementBuilder
    .select(listed)
    .from(equipmentTypes)
    .orderBy(asc(equipmentTypes.name))
    .limit(sql.placeholder('limit'))
    .prepare('equipment_types_first_page'),
);
const pageAfter = tenantStatement(
  statementBuilder
    .select(listed)
    .from(equipmentTypes)
    .where(gt(equipmentTypes.name, sql.placeholder('afterName')))
    .orderBy(asc(equipmentTypes.name))
    .limit(sql.placeholder('limit'))
    .prepare('equipment_types_page_after'),
);
const byId = tenantStatement(
  statementBuilder
    .select()
    .from(equipmentTypes)
    .where(eq(equipmentTypes.id, sql.placeholder('id')))
    .limit(1)
    .prepare('equipment_type_by_id'),
);

export function listEquipmentTypes(
  tx: TenantTx,
  options: { limit: number; afterName?: string },
): Promise<ListedEquipmentType[]> {
  return options.afterName === undefined
    ? firstPage.run(tx, { limit: options.limit })
    : pageAfter.run(tx, { limit: options.limit, afterName: options.afterName });
}

export async function findEquipmentType(tx: TenantTx, id: string): Promise<EquipmentTypeRow | undefined> {
  const [row] = await byId.run(tx, { id });
  return row;
}

/** Whether the type `typeRef` names exists, as SQL to compose into another statement (not run). */
export function equipmentTypeExists(typeRef: SQL): SQL {
  return sql`EXISTS (${statementBuilder.select({ id: equipmentTypes.id }).from(equipmentTypes).where(eq(equipmentTypes.id, typeRef))})`;
}

/** Returns undefined when the name is taken (unique per tenant). */
export async function insertEquipmentType(
  tx: TenantTx,
  values: { id: string; name: string; description?: string | null },
): Promise<EquipmentTypeRow | undefined> {
  const [row] = await tx.db
    .insert(equipmentTypes)
    .values({ id: values.id, name: values.name, description: values.description ?? null })
    .onConflictDoNothing()
    .returning();
  return row;
}

export async function countEquipmentTypes(tx: TenantTx): Promise<number> {
  const [row] = await tx.db.select({ count: sql<number>`count(*)::int` }).from(equipmentTypes);
  return row?.count ?? 0;
}

/** Every type's id by name (for seeding). */
export async function equipmentTypeIdsByName(tx: TenantTx): Promise<Map<string, string>> {
  const rows = await tx.db.select({ id: equipmentTypes.id, name: equipmentTypes.name }).from(equipmentTypes);
  return new Map(rows.map((row) => [row.name, row.id]));
}
