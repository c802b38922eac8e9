import { jsonb, pgSchema, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const platformSchema = pgSchema('platform');

export const TENANT_STATUSES = ['trial', 'active', 'suspended', 'offboarding', 'deleted'] as const;
export const TENANT_TIERS = ['trial', 'standard', 'premium', 'enterprise'] as const;
export type TenantStatus = (typeof TENANT_STATUSES)[number];
export type TenantTier = (typeof TENANT_TIERS)[number];

export const tenants = platformSchema.table('tenants', {
  id: uuid().primaryKey(),
  slug: text().notNull(),
  name: text().notNull(),
  schemaName: text().notNull(),
  status: text().$type<TenantStatus>().notNull(),
  tier: text().$type<TenantTier>().notNull(),
  idp: jsonb().$type<Record<string, unknown>>().notNull().default({}),
  idpIssuer: text(),
  settings: jsonb().$type<Record<string, unknown>>().notNull().default({}),
  templateVersion: text(),
  exportLocation: text(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  deletedAt: timestamp({ withTimezone: true }),
});

export const tenantMigrations = platformSchema.table('tenant_migrations', {
  tenantId: uuid().notNull(),
  version: text().notNull(),
  checksum: text().notNull(),
  appliedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export const platformAuditEvents = platformSchema.table('audit_events', {
  id: uuid().primaryKey(),
  at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  actor: text().notNull(),
  action: text().notNull(),
  tenantId: uuid(),
  detail: jsonb().$type<Record<string, unknown>>().notNull().default({}),
  requestId: text(),
});

export type TenantRow = typeof tenants.$inferSelect;
