import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tenantIdColumn } from '@dispatch/db';

/** Unqualified: resolves through the tenant transaction's search_path. */
export const users = pgTable('users', {
  tenantId: tenantIdColumn(),
  id: uuid().notNull(),
  sub: text().notNull(),
  name: text().notNull(),
  email: text(),
  roles: text().array().notNull().default([]),
  region: text(),
  firstSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  lastSignInAt: timestamp({ withTimezone: true }),
});
export type UserRow = typeof users.$inferSelect;
