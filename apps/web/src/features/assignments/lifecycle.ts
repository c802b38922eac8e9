import type { Assignment } from '../../api/types';

export type AssignmentStatus = Assignment['status'];
export const ACTIVE_STATUSES = ['dispatched', 'en_route', 'on_site'] as const;

export const statusLabel: Record<AssignmentStatus, string> = {
  dispatched: 'Dispatched',
  en_route: 'En route',
  on_site: 'On site',
  completed: 'Completed',
  cancelled: 'Cancelled',
};

/** The one step forward the lifecycle allows (dispatched → en route → on site → completed). */
export function nextStatus(status: AssignmentStatus): 'en_route' | 'on_site' | 'completed' | null {
  if (status === 'dispatched') return 'en_route';
  if (status === 'en_route') return 'on_site';
  if (status === 'on_site') return 'completed';
  return null;
}

export const advanceLabel: Record<'en_route' | 'on_site' | 'completed', string> = {
  en_route: 'Mark en route',
  on_site: 'Mark on site',
  completed: 'Mark completed',
};

/** When the assignment entered its current status. */
export function statusSince(assignment: Assignment): string {
  if (assignment.status === 'on_site' && assignment.onSiteAt) return assignment.onSiteAt;
  if (assignment.status === 'en_route' && assignment.enRouteAt) return assignment.enRouteAt;
  return assignment.dispatchedAt;
}
