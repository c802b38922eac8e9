import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tenantIdColumn } from '@dispatch/db';

export const SHIFT_STATUSES = ['on_shift', 'off_shift'] as const;
export type ShiftStatus = (typeof SHIFT_STATUSES)[number];

export const drivers = pgTable('drivers', {
  tenantId: tenantIdColumn(),
  id: uuid().notNull(),
  name: text().notNull(),
  userSub: text(),
  phone: text(),
  region: text().notNull(),
  shiftStatus: text().$type<ShiftStatus>().notNull(),
  activeAssignmentId: uuid(),
  idleSince: timestamp({ withTimezone: true }).notNull().defaultNow(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
export type DriverRow = typeof drivers.$inferSelect;

export const driverQualifications = pgTable('driver_qualifications', {
  tenantId: tenantIdColumn(),
  driverId: uuid().notNull(),
  equipmentTypeId: uuid().notNull(),
  expiresAt: timestamp({ withTimezone: true }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
export type DriverQualificationRow = typeof driverQualifications.$inferSelect;
