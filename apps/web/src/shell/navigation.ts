import type { Action } from '../session/permissions';

export interface NavItem {
  to: string;
  label: string;
  /** Shown only to roles that may take this action (session/permissions.ts). */
  action: Action;
}

/** The main navigation; a screen appears for the roles its `action` allows. Add new screens here. */
export const navigation: NavItem[] = [
  { to: '/board', label: 'Board', action: 'board.view' },
  { to: '/driver', label: 'My assignments', action: 'driver.view' },
  { to: '/reports', label: 'Reports', action: 'reports.view' },
  { to: '/wallboard', label: 'Wallboard', action: 'board.view' },
  { to: '/admin', label: 'Admin', action: 'admin.view' },
];
