import { bigint, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tenantIdColumn } from '@dispatch/db';

export type AttachmentStatus = 'pending' | 'uploaded';

export const attachments = pgTable('attachments', {
  tenantId: tenantIdColumn(),
  id: uuid().notNull(),
  workOrderId: uuid().notNull(),
  assignmentId: uuid(),
  region: text().notNull(),
  objectKey: text().notNull(),
  fileName: text().notNull(),
  contentType: text().notNull(),
  sizeBytes: bigint({ mode: 'number' }).notNull(),
  status: text().$type<AttachmentStatus>().notNull(),
  uploadedBySub: text().notNull(),
  uploadedByName: text(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  completedAt: timestamp({ withTimezone: true }),
});
export type AttachmentRow = typeof attachments.$inferSelect;
export type NewAttachmentRow = typeof attachments.$inferInsert;
