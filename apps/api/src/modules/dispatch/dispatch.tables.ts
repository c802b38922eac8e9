import {
  bigint,
  boolean,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { tenantIdColumn } from '@dispatch/db';

export const PRIORITIES = ['urgent', 'standard'] as const;
export type Priority = (typeof PRIORITIES)[number];
export type RequestStatus = 'queued' | 'dispatched' | 'cancelled';
export const ASSIGNMENT_STATUSES = ['dispatched', 'en_route', 'on_site', 'completed', 'cancelled'] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];
export const ACTIVE_STATUSES: readonly AssignmentStatus[] = ['dispatched', 'en_route', 'on_site'];

export const dispatchRequests = pgTable('dispatch_requests', {
  tenantId: tenantIdColumn(),
  id: uuid().notNull(),
  workOrderId: uuid().notNull(),
  workOrderNumber: text().notNull(),
  workOrderRegion: text().notNull(),
  equipmentTypeId: uuid().notNull(),
  priority: text().$type<Priority>().notNull(),
  priorityRank: smallint()
    .notNull()
    .generatedAlwaysAs(sql`CASE priority WHEN 'urgent' THEN 0 ELSE 1 END`),
  region: text(),
  status: text().$type<RequestStatus>().notNull(),
  queueSeq: bigint({ mode: 'number' })
    .notNull()
    .default(sql`nextval('dispatch_queue_seq')`),
  wasQueued: boolean().notNull().default(false),
  requestedBySub: text().notNull(),
  requestedByName: text(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  dispatchedAt: timestamp({ withTimezone: true }),
  cancelledAt: timestamp({ withTimezone: true }),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
export type DispatchRequestRow = typeof dispatchRequests.$inferSelect;

export const assignments = pgTable('assignments', {
  tenantId: tenantIdColumn(),
  id: uuid().notNull(),
  requestId: uuid().notNull(),
  workOrderId: uuid().notNull(),
  equipmentId: uuid().notNull(),
  driverId: uuid().notNull(),
  equipmentTypeId: uuid().notNull(),
  workOrderNumber: text().notNull(),
  equipmentIdentifier: text().notNull(),
  driverName: text().notNull(),
  region: text().notNull(),
  equipmentRegion: text().notNull(),
  status: text().$type<AssignmentStatus>().notNull(),
  note: text(),
  dispatchedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  enRouteAt: timestamp({ withTimezone: true }),
  onSiteAt: timestamp({ withTimezone: true }),
  completedAt: timestamp({ withTimezone: true }),
  cancelledAt: timestamp({ withTimezone: true }),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
export type AssignmentRow = typeof assignments.$inferSelect;

export const idempotencyKeys = pgTable('idempotency_keys', {
  tenantId: tenantIdColumn(),
  scope: text().notNull(),
  key: text().notNull(),
  requestHash: text().notNull(),
  responseCode: integer(),
  responseBody: jsonb(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
