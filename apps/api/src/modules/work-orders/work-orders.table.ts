import { bigint, doublePrecision, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tenantIdColumn } from '@dispatch/db';

export const WORK_ORDER_STATUSES = ['open', 'in_progress', 'completed', 'cancelled'] as const;
export type WorkOrderStatus = (typeof WORK_ORDER_STATUSES)[number];

export const workOrders = pgTable('work_orders', {
  tenantId: tenantIdColumn(),
  id: uuid().notNull(),
  seq: bigint({ mode: 'number' }).notNull(),
  number: text().notNull(),
  title: text().notNull(),
  siteAddress: text().notNull(),
  latitude: doublePrecision(),
  longitude: doublePrecision(),
  region: text().notNull(),
  windowStart: timestamp({ withTimezone: true }),
  windowEnd: timestamp({ withTimezone: true }),
  notes: text(),
  status: text().$type<WorkOrderStatus>().notNull(),
  createdBySub: text().notNull(),
  createdByName: text(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
export type WorkOrderRow = typeof workOrders.$inferSelect;

export const tenantCounters = pgTable('tenant_counters', {
  tenantId: tenantIdColumn(),
  name: text().notNull(),
  value: bigint({ mode: 'number' }).notNull().default(0),
});
