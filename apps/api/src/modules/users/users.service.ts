import { uuidv7 } from 'uuidv7';
import type { TenantUser } from '#src/auth/tenant-user';
import type { TenantContext } from '#src/kernel/tenant-context';
import { decodeCursor } from '#src/kernel/cursor';
import { keysetPage } from '#src/kernel/paging';
import * as repository from './users.repository';
import type { UserRow } from './users.table';
import type { UserDto, UserListQuery } from './users.schemas';
import { isoTimestamp } from '#src/kernel/iso-timestamp';

export const toDto = (row: UserRow): UserDto => ({
  id: row.id,
  sub: row.sub,
  name: row.name,
  email: row.email,
  roles: row.roles,
  region: row.region,
  firstSeenAt: isoTimestamp(row.firstSeenAt),
  lastSeenAt: isoTimestamp(row.lastSeenAt),
  lastSignInAt: row.lastSignInAt ? isoTimestamp(row.lastSignInAt) : null,
});

/**
 * Records `user` on first sign-in or token use, and refreshes what the IdP now says about them. System work:
 * the context's own user is the entry point, `user` the one being recorded.
 */
export async function recordUser(
  ctx: TenantContext,
  user: TenantUser,
  options: { signIn: boolean },
): Promise<UserDto> {
  const row = await repository.upsertSeenUser(
    ctx.tx,
    {
      id: uuidv7(),
      sub: user.sub,
      name: user.name,
      email: user.email ?? null,
      roles: user.roles,
      region: user.region ?? null,
    },
    options,
  );
  return toDto(row);
}

const isUserCursor = (value: Record<string, unknown>): value is { name: string; id: string } =>
  typeof value.name === 'string' && typeof value.id === 'string';

/** Access review: who has which roles and when they last signed in. */
export async function listUserPage(ctx: TenantContext, query: UserListQuery) {
  const limit = query.limit ?? 50;
  const after = decodeCursor(query.cursor, isUserCursor);
  const rows = await repository.listUsers(ctx.tx, { limit: limit + 1, after, role: query.role });
  return keysetPage(rows, limit, toDto, (row) => ({ name: row.name, id: row.id }));
}
