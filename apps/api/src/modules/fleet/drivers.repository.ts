import { and, asc, eq, gt, inArray, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { TenantTx } from '@dispatch/db';
import type { TenantUser } from '#src/auth/tenant-user';
import { regionCondition } from '#src/auth/region-scope';
import { equipmentTypes } from './equipment-types.table';
import { currentQualification } from './fleet.rules';
import { driverQualifications, drivers, type DriverRow, type ShiftStatus } from './drivers.table';
import { eqWhenGiven } from '#src/kernel/filters';

export interface QualificationWithName {
  driverId: string;
  equipmentTypeId: string;
  equipmentTypeName: string;
  expiresAt: Date | null;
  current: boolean;
}

const isCurrent = sql<boolean>`${currentQualification(driverQualifications.expiresAt)}`;

export async function listDrivers(
  tx: TenantTx,
  user: TenantUser,
  filters: { shiftStatus?: ShiftStatus; region?: string; qualifiedFor?: string },
  page: { limit: number; after?: { name: string; id: string } },
): Promise<DriverRow[]> {
  return tx.db
    .select()
    .from(drivers)
    .where(
      and(
        regionCondition(user, drivers.region),
        eqWhenGiven(drivers.shiftStatus, filters.shiftStatus),
        eqWhenGiven(drivers.region, filters.region),
        filters.qualifiedFor === undefined
          ? undefined
          : sql`EXISTS (SELECT 1 FROM ${driverQualifications} WHERE ${driverQualifications.driverId} = ${drivers.id}
                 AND ${driverQualifications.equipmentTypeId} = ${filters.qualifiedFor} AND ${isCurrent})`,
        page.after === undefined
          ? undefined
          : or(
              gt(drivers.name, page.after.name),
              and(eq(drivers.name, page.after.name), gt(drivers.id, page.after.id)),
            ),
      ),
    )
    .orderBy(asc(drivers.name), asc(drivers.id))
    .limit(page.limit);
}

export async function qualificationsOf(tx: TenantTx, driverIds: string[]): Promise<QualificationWithName[]> {
  if (driverIds.length === 0) return [];
  return tx.db
    .select({
      driverId: driverQualifications.driverId,
      equipmentTypeId: driverQualifications.equipmentTypeId,
      equipmentTypeName: equipmentTypes.name,
      expiresAt: driverQualifications.expiresAt,
      current: isCurrent,
    })
    .from(driverQualifications)
    .innerJoin(equipmentTypes, eq(equipmentTypes.id, driverQualifications.equipmentTypeId))
    .where(inArray(driverQualifications.driverId, driverIds))
    .orderBy(asc(equipmentTypes.name));
}

export async function findDriver(
  tx: TenantTx,
  user: TenantUser,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<DriverRow | undefined> {
  const query = tx.db
    .select()
    .from(drivers)
    .where(and(eq(drivers.id, id), regionCondition(user, drivers.region)))
    .limit(1);
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

/** The driver record linked to an identity-provider user (drivers act through it). */
export async function findDriverBySub(tx: TenantTx, sub: string): Promise<DriverRow | undefined> {
  const [row] = await tx.db.select().from(drivers).where(eq(drivers.userSub, sub)).limit(1);
  return row;
}

/**
 * The driver record linked to an identity-provider user, as a subquery to compose into another module's
 * statement (dispatch narrows a driver's view of work orders to their assignments with it).
 */
export const driverIdsOfUser = (sub: string | SQLWrapper): SQL =>
  sql`SELECT ${drivers.id} FROM ${drivers} WHERE ${drivers.userSub} = ${sub}`;

export async function userSubTaken(tx: TenantTx, userSub: string, exceptId?: string): Promise<boolean> {
  const [row] = await tx.db
    .select({ id: drivers.id })
    .from(drivers)
    .where(and(eq(drivers.userSub, userSub), exceptId ? sql`${drivers.id} <> ${exceptId}` : undefined))
    .limit(1);
  return row !== undefined;
}

export async function insertDriver(
  tx: TenantTx,
  values: {
    id: string;
    name: string;
    userSub: string | null;
    phone: string | null;
    region: string;
    shiftStatus: ShiftStatus;
  },
): Promise<DriverRow> {
  const [row] = await tx.db.insert(drivers).values(values).returning();
  return row!;
}

export async function updateDriver(
  tx: TenantTx,
  id: string,
  values: Partial<Pick<DriverRow, 'name' | 'userSub' | 'phone' | 'region' | 'shiftStatus' | 'idleSince'>>,
): Promise<DriverRow> {
  const [row] = await tx.db
    .update(drivers)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(drivers.id, id))
    .returning();
  return row!;
}

export async function replaceQualifications(
  tx: TenantTx,
  driverId: string,
  qualifications: { equipmentTypeId: string; expiresAt: Date | null }[],
): Promise<void> {
  await tx.db.delete(driverQualifications).where(eq(driverQualifications.driverId, driverId));
  if (qualifications.length === 0) return;
  await tx.db.insert(driverQualifications).values(qualifications.map((item) => ({ driverId, ...item })));
}

export async function existingTypeIds(tx: TenantTx, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await tx.db
    .select({ id: equipmentTypes.id })
    .from(equipmentTypes)
    .where(inArray(equipmentTypes.id, ids));
  return new Set(rows.map((row) => row.id));
}
