import type { TenantUser } from '#src/auth/tenant-user';
import type { TenantContext } from '#src/kernel/tenant-context';
import * as repository from './dashboard.repository';
import type { DashboardDto } from './dashboard.schemas';

/** Active assignments the board lists (the newest); all of them are counted. */
const LATEST_ASSIGNMENTS = 20;

/**
 * What part of the tenant a user's board shows: the whole tenant, or one region (the region rule of
 * auth/region-scope.ts: a user whose token carries a region sees that region's rows only). Boards with the same
 * scope are identical, which is what the cache keys by.
 */
export function dashboardScope(user: TenantUser): { region?: string } {
  return user.region ? { region: user.region } : {};
}

export async function dashboard(ctx: TenantContext): Promise<DashboardDto> {
  const figures = await repository.dashboardFigures(ctx.tx, dashboardScope(ctx.user), LATEST_ASSIGNMENTS);
  return { generatedAt: new Date().toISOString(), ...figures };
}
