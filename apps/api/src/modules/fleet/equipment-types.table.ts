import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tenantIdColumn } from '@dispatch/db';

export const equipmentTypes = pgTable('equipment_types', {
  tenantId: tenantIdColumn(),
  id: uuid().notNull(),
  name: text().notNull(),
  description: text(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
export type EquipmentTypeRow = typeof equipmentTypes.$inferSelect;
