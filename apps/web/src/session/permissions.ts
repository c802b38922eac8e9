import type { Me } from './me';

export type Role = 'admin' | 'dispatcher' | 'driver' | 'viewer';

/**
 * What each role may do, as spec/domain.md "Roles" says. The API enforces this; the app only hides what a
 * role cannot do, so nobody is offered a button that answers 403.
 */
const ACTIONS = {
  'board.view': ['admin', 'dispatcher', 'viewer'],
  'workOrder.write': ['admin', 'dispatcher'],
  'dispatch.request': ['admin', 'dispatcher'],
  'dispatch.cancel': ['admin', 'dispatcher'],
  'assignment.advance': ['admin', 'dispatcher'],
  'equipment.status': ['admin', 'dispatcher'],
  'driver.shift': ['admin', 'dispatcher'],
  'driver.view': ['driver'],
  'admin.view': ['admin'],
  'reports.view': ['admin', 'dispatcher', 'viewer'],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof ACTIONS;

export function can(me: Pick<Me, 'roles'> | undefined, action: Action): boolean {
  if (!me) return false;
  const allowed: readonly string[] = ACTIONS[action];
  return me.roles.some((role) => allowed.includes(role));
}
