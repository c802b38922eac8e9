export const ROLES = ['admin', 'dispatcher', 'driver', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** Keycloak-style role names customers create, plus the plain names, mapped onto ours. */
export const DEFAULT_ROLE_MAP: Record<string, Role> = {
  'dispatch-admin': 'admin',
  'dispatch-dispatcher': 'dispatcher',
  'dispatch-driver': 'driver',
  'dispatch-viewer': 'viewer',
  admin: 'admin',
  dispatcher: 'dispatcher',
  driver: 'driver',
  viewer: 'viewer',
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
