import { boolean, date, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tenantIdColumn } from '@dispatch/db';

export const EQUIPMENT_STATUSES = ['available', 'dispatched', 'maintenance', 'retired'] as const;
export type EquipmentStatus = (typeof EQUIPMENT_STATUSES)[number];

export const equipment = pgTable('equipment', {
  tenantId: tenantIdColumn(),
  id: uuid().notNull(),
  identifier: text().notNull(),
  typeId: uuid().notNull(),
  region: text().notNull(),
  status: text().$type<EquipmentStatus>().notNull(),
  maintenanceRequested: boolean().notNull().default(false),
  nextMaintenanceOn: date({ mode: 'string' }),
  notes: text(),
  idleSince: timestamp({ withTimezone: true }).notNull().defaultNow(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
export type EquipmentRow = typeof equipment.$inferSelect;
