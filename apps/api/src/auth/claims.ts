import type { JWTPayload } from 'jose';

/**
 * Reads a dotted claim path such as `realm_access.roles` or `resource_access.dispatch-web.roles`.
 * Keycloak client ids may themselves contain dots (`resource_access.com.acme.web.roles`): at each level the
 * longest run of path segments that names an existing key wins, so such paths need no escaping.
 */
export function claimAt(payload: JWTPayload, path: string): unknown {
  const parts = path.split('.');
  let value: unknown = payload;
  let index = 0;
  while (index < parts.length) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
    const object = value as Record<string, unknown>;
    let next = -1;
    for (let end = parts.length; end > index; end--) {
      if (Object.hasOwn(object, parts.slice(index, end).join('.'))) {
        next = end;
        break;
      }
    }
    if (next < 0) return undefined;
    value = object[parts.slice(index, next).join('.')];
    index = next;
  }
  return value;
}

export function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
