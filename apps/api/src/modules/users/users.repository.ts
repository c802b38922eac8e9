import { and, asc, eq, gt, or, sql } from 'drizzle-orm';
import type { TenantTx } from '@dispatch/db';
import { users, type UserRow } from './users.table';

export interface SeenUser {
  id: string;
  sub: string;
  name: string;
  email: string | null;
  roles: string[];
  region: string | null;
}

/** Inserts the user on first sight, else refreshes profile, roles and last seen (and last sign-in on a sign-in). */
export async function upsertSeenUser(
  tx: TenantTx,
  user: SeenUser,
  options: { signIn: boolean },
): Promise<UserRow> {
  const now = new Date();
  const [row] = await tx.db
    .insert(users)
    .values({ ...user, lastSeenAt: now, lastSignInAt: options.signIn ? now : null })
    .onConflictDoUpdate({
      target: [users.tenantId, users.sub],
      set: {
        name: user.name,
        email: user.email,
        roles: user.roles,
        region: user.region,
        lastSeenAt: now,
        ...(options.signIn ? { lastSignInAt: now } : {}),
      },
    })
    .returning();
  return row!;
}

export async function findUserBySub(tx: TenantTx, sub: string): Promise<UserRow | undefined> {
  const [row] = await tx.db.select().from(users).where(eq(users.sub, sub)).limit(1);
  return row;
}

/** Keyset page in name order (ties by id), optionally only holders of one role. */
export async function listUsers(
  tx: TenantTx,
  options: { limit: number; after?: { name: string; id: string }; role?: string },
): Promise<UserRow[]> {
  const after = options.after
    ? or(
        gt(users.name, options.after.name),
        and(eq(users.name, options.after.name), gt(users.id, options.after.id)),
      )
    : undefined;
  const role = options.role ? sql`${options.role} = ANY(${users.roles})` : undefined;
  return tx.db
    .select()
    .from(users)
    .where(and(after, role))
    .orderBy(asc(users.name), asc(users.id))
    .limit(options.limit);
}
