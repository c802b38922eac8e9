import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { TenantTx } from '@dispatch/db';
import type { TenantUser } from '../../auth/tenant-user';
import { regionCondition } from '../../auth/region-scope';
import { equipmentTypes } from '../equipment-types';
import { equipment } from '../equipment';
import { drivers } from '../drivers';
import { workOrders } from '../work-orders';
import { ACTIVE_STATUSES, assignments, dispatchRequests } from '../dispatch';

/** Read model for the board: a handful of grouped counts, each under the region rule. */

export async function activeAssignments(tx: TenantTx, user: TenantUser, latest: number) {
  const visible = and(
    inArray(assignments.status, [...ACTIVE_STATUSES]),
    regionCondition(user, assignments.region),
  );
  const byStatus = await tx.db
    .select({ status: assignments.status, count: sql<number>`count(*)::int` })
    .from(assignments)
    .where(visible)
    .groupBy(assignments.status);
  const rows = await tx.db
    .select({
      id: assignments.id,
      status: assignments.status,
      workOrderNumber: assignments.workOrderNumber,
      equipmentIdentifier: assignments.equipmentIdentifier,
      driverName: assignments.driverName,
      region: assignments.region,
      dispatchedAt: assignments.dispatchedAt,
    })
    .from(assignments)
    .where(visible)
    .orderBy(desc(assignments.dispatchedAt))
    .limit(latest);
  return { byStatus, rows };
}

export async function equipmentByType(tx: TenantTx, user: TenantUser) {
  return tx.db
    .select({
      equipmentTypeId: equipmentTypes.id,
      name: equipmentTypes.name,
      status: equipment.status,
      count: sql<number>`count(${equipment.id})::int`,
    })
    .from(equipmentTypes)
    .leftJoin(
      equipment,
      and(eq(equipment.typeId, equipmentTypes.id), regionCondition(user, equipment.region)),
    )
    .groupBy(equipmentTypes.id, equipmentTypes.name, equipment.status)
    .orderBy(equipmentTypes.name);
}

export async function queueDepth(tx: TenantTx, user: TenantUser) {
  return tx.db
    .select({
      equipmentTypeId: dispatchRequests.equipmentTypeId,
      name: equipmentTypes.name,
      priority: dispatchRequests.priority,
      count: sql<number>`count(*)::int`,
      oldest: sql<Date>`min(${dispatchRequests.createdAt})`,
    })
    .from(dispatchRequests)
    .innerJoin(equipmentTypes, eq(equipmentTypes.id, dispatchRequests.equipmentTypeId))
    .where(
      and(eq(dispatchRequests.status, 'queued'), regionCondition(user, dispatchRequests.workOrderRegion)),
    )
    .groupBy(dispatchRequests.equipmentTypeId, equipmentTypes.name, dispatchRequests.priority);
}

export async function counts(tx: TenantTx, user: TenantUser) {
  const [orders] = await tx.db
    .select({
      open: sql<number>`(count(*) FILTER (WHERE ${workOrders.status} = 'open'))::int`,
      inProgress: sql<number>`(count(*) FILTER (WHERE ${workOrders.status} = 'in_progress'))::int`,
    })
    .from(workOrders)
    .where(
      and(inArray(workOrders.status, ['open', 'in_progress']), regionCondition(user, workOrders.region)),
    );
  const [crew] = await tx.db
    .select({
      onShift: sql<number>`(count(*) FILTER (WHERE ${drivers.shiftStatus} = 'on_shift'))::int`,
      offShift: sql<number>`(count(*) FILTER (WHERE ${drivers.shiftStatus} = 'off_shift'))::int`,
      busy: sql<number>`(count(*) FILTER (WHERE ${drivers.activeAssignmentId} IS NOT NULL))::int`,
    })
    .from(drivers)
    .where(regionCondition(user, drivers.region));
  const [recent] = await tx.db
    .select({ requests: sql<number>`count(*)::int` })
    .from(dispatchRequests)
    .where(
      and(
        sql`${dispatchRequests.createdAt} > now() - interval '24 hours'`,
        regionCondition(user, dispatchRequests.workOrderRegion),
      ),
    );
  const [done] = await tx.db
    .select({ completed: sql<number>`count(*)::int` })
    .from(assignments)
    .where(
      and(
        eq(assignments.status, 'completed'),
        sql`${assignments.completedAt} > now() - interval '24 hours'`,
        regionCondition(user, assignments.region),
      ),
    );
  return {
    workOrders: { open: orders?.open ?? 0, inProgress: orders?.inProgress ?? 0 },
    drivers: { onShift: crew?.onShift ?? 0, offShift: crew?.offShift ?? 0, busy: crew?.busy ?? 0 },
    requestsLast24h: recent?.requests ?? 0,
    completedLast24h: done?.completed ?? 0,
  };
}
