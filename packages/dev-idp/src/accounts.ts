import { createHash } from 'node:crypto';
import type { DevRealm, DevUser } from './types';

export const DEFAULT_PASSWORD = 'demo';

/** Stable UUID-shaped subject derived from realm + username, so `sub` survives restarts. */
export function subjectFor(realm: string, user: DevUser): string {
  if (user.sub) return user.sub;
  const hex = createHash('sha256').update(`${realm}/${user.username}`).digest('hex');
  // Set the version (5) and variant bits so the value is a well-formed UUID.
  const variant = ((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}

export interface AccountDirectory {
  bySub(sub: string): DevUser | undefined;
  byUsername(username: string): DevUser | undefined;
  /** Checks the password; undefined when the user is unknown or the password is wrong. */
  authenticate(username: string, password: string): DevUser | undefined;
  subOf(user: DevUser): string;
}

export function accountDirectory(realm: DevRealm): AccountDirectory {
  const bySub = new Map(realm.users.map((u) => [subjectFor(realm.name, u), u]));
  const byUsername = new Map(realm.users.map((u) => [u.username.toLowerCase(), u]));
  return {
    bySub: (sub) => bySub.get(sub),
    // Keycloak usernames are case-insensitive.
    byUsername: (username) => byUsername.get(username.toLowerCase()),
    authenticate(username, password) {
      const user = byUsername.get(username.trim().toLowerCase());
      return user && (user.password ?? DEFAULT_PASSWORD) === password ? user : undefined;
    },
    subOf: (user) => subjectFor(realm.name, user),
  };
}

/** Keycloak-shaped profile claims for a user (ID token, access token and userinfo). */
export function userClaims(realm: string, user: DevUser): { sub: string; [claim: string]: unknown } {
  const [givenName, ...rest] = user.name.split(' ');
  return {
    sub: subjectFor(realm, user),
    name: user.name,
    given_name: givenName,
    ...(rest.length ? { family_name: rest.join(' ') } : {}),
    preferred_username: user.username.toLowerCase(),
    email: user.email,
    email_verified: true,
    realm_access: { roles: [...user.roles] },
    ...(user.region ? { region: user.region } : {}),
  };
}
