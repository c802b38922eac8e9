import { and, count, desc, eq, isNull, sql } from 'drizzle-orm';
import type { TenantTx } from '@dispatch/db';
import { attachments, type AttachmentRow, type NewAttachmentRow } from './attachments.table';

/** What an attachment hangs on: a work order itself, or one of its assignments. */
export type AttachmentSubject = { kind: 'work-order'; id: string } | { kind: 'assignment'; id: string };

const onSubject = (subject: AttachmentSubject) =>
  subject.kind === 'work-order'
    ? and(eq(attachments.workOrderId, subject.id), isNull(attachments.assignmentId))
    : eq(attachments.assignmentId, subject.id);

export async function insertAttachment(tx: TenantTx, values: NewAttachmentRow): Promise<AttachmentRow> {
  const [row] = await tx.db.insert(attachments).values(values).returning();
  return row!;
}

/** Uploaded attachments of the subject, newest first. */
export function listUploaded(tx: TenantTx, subject: AttachmentSubject): Promise<AttachmentRow[]> {
  return tx.db
    .select()
    .from(attachments)
    .where(and(onSubject(subject), eq(attachments.status, 'uploaded')))
    .orderBy(desc(attachments.id));
}

/** Every attachment row of the subject, pending ones included (the per-subject cap counts both). */
export async function countOnSubject(tx: TenantTx, subject: AttachmentSubject): Promise<number> {
  const [row] = await tx.db.select({ total: count() }).from(attachments).where(onSubject(subject));
  return row?.total ?? 0;
}

export async function findOnSubject(
  tx: TenantTx,
  subject: AttachmentSubject,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<AttachmentRow | undefined> {
  const query = tx.db
    .select()
    .from(attachments)
    .where(and(eq(attachments.id, id), onSubject(subject)))
    .limit(1);
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export async function markUploaded(tx: TenantTx, id: string): Promise<AttachmentRow> {
  const [row] = await tx.db
    .update(attachments)
    .set({ status: 'uploaded', completedAt: sql`now()` })
    .where(eq(attachments.id, id))
    .returning();
  return row!;
}

export async function deleteAttachment(tx: TenantTx, id: string): Promise<void> {
  await tx.db.delete(attachments).where(eq(attachments.id, id));
}
