import { jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Unqualified: resolves through the tenant transaction's search_path. */
export const auditEvents = pgTable('audit_events', {
  tenantId: uuid(),
  id: uuid().notNull(),
  at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  actorSub: text().notNull(),
  actorName: text(),
  action: text().notNull(),
  entity: text().notNull(),
  entityId: text(),
  before: jsonb(),
  after: jsonb(),
  requestId: text(),
});
