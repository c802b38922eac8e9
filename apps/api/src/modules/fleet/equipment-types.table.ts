import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const equipmentTypes = pgTable('equipment_types', {
  tenantId: uuid(),
  id: uuid().notNull(),
  name: text().notNull(),
  description: text(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
export type EquipmentTypeRow = typeof equipmentTypes.$inferSelect;
