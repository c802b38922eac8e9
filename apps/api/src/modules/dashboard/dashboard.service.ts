import type { TenantTx } from '@dispatch/db';
import type { TenantUser } from '../../auth/tenant-user';
import * as repository from './dashboard.repository';
import type { DashboardDto } from './dashboard.schemas';

export async function dashboard(ctx: { tx: TenantTx; user: TenantUser }): Promise<DashboardDto> {
  const active = await repository.activeAssignments(ctx.tx, ctx.user, 20);
  const fleet = await repository.equipmentByType(ctx.tx, ctx.user);
  const queue = await repository.queueDepth(ctx.tx, ctx.user);
  const counts = await repository.counts(ctx.tx, ctx.user);

  const byStatus = { dispatched: 0, en_route: 0, on_site: 0 };
  for (const row of active.byStatus)
    if (row.status in byStatus) byStatus[row.status as keyof typeof byStatus] = row.count;

  const types = new Map<string, DashboardDto['equipmentByType'][number]>();
  for (const row of fleet) {
    const entry = types.get(row.equipmentTypeId) ?? {
      equipmentTypeId: row.equipmentTypeId,
      name: row.name,
      available: 0,
      dispatched: 0,
      maintenance: 0,
      retired: 0,
    };
    if (row.status) entry[row.status] = row.count;
    types.set(row.equipmentTypeId, entry);
  }

  const depth = new Map<string, DashboardDto['queueDepth'][number]>();
  for (const row of queue) {
    const entry = depth.get(row.equipmentTypeId) ?? {
      equipmentTypeId: row.equipmentTypeId,
      name: row.name,
      urgent: 0,
      standard: 0,
      total: 0,
      oldestQueuedAt: null,
    };
    entry[row.priority] = row.count;
    entry.total = entry.urgent + entry.standard;
    const oldest = new Date(row.oldest).toISOString();
    if (entry.oldestQueuedAt === null || oldest < entry.oldestQueuedAt) entry.oldestQueuedAt = oldest;
    depth.set(row.equipmentTypeId, entry);
  }

  return {
    generatedAt: new Date().toISOString(),
    activeAssignments: {
      total: byStatus.dispatched + byStatus.en_route + byStatus.on_site,
      byStatus,
      latest: active.rows.map((row) => ({ ...row, dispatchedAt: row.dispatchedAt.toISOString() })),
    },
    equipmentByType: [...types.values()],
    queueDepth: [...depth.values()].sort((a, b) => b.total - a.total),
    counts,
  };
}
