import { uuidv7 } from 'uuidv7';
import type { TenantTx } from '@dispatch/db';
import {
  deleteObject,
  presignDownload,
  presignUpload,
  statObject,
  type ObjectStore,
} from '@dispatch/object-storage';
import type { ObjectStorageConfig } from '@dispatch/config';
import type { TenantUser } from '#src/auth/tenant-user';
import { AppError, badRequest, notFound } from '#src/kernel/problems';
import { hasRole, isDriverOnly } from '#src/auth/access';
import type { TenantContext } from '#src/kernel/tenant-context';
import type { UnitOfWork } from '#src/kernel/unit-of-work';
import { findWorkOrder } from '#src/modules/work-orders/index';
import { findVisibleAssignment } from '#src/modules/dispatch/index';
import * as repository from './attachments.repository';
import type { AttachmentSubject } from './attachments.repository';
import type { AttachmentRow } from './attachments.table';
import type { AttachmentCreate, AttachmentDto } from './attachments.schemas';
import { isoTimestamp } from '#src/kernel/iso-timestamp';

/** Attachments a work order or an assignment may have (pending ones count): a bound on abuse, not on use. */
export const MAX_ATTACHMENTS_PER_SUBJECT = 100;

/** The object store and the limits; absent store means attachments are off on this server. */
export interface AttachmentRuntime {
  store: ObjectStore | undefined;
  settings: ObjectStorageConfig['attachments'];
}

/** What an attachment hangs on, found as the user may see it. */
interface ResolvedSubject {
  subject: AttachmentSubject;
  workOrderId: string;
  region: string;
  /** The assignment's driver: a driver's own assignments reach them in realtime. */
  driverId: string | null;
}

export const toDto = (row: AttachmentRow): AttachmentDto => ({
  id: row.id,
  workOrderId: row.workOrderId,
  assignmentId: row.assignmentId,
  fileName: row.fileName,
  contentType: row.contentType,
  sizeBytes: row.sizeBytes,
  status: row.status,
  uploadedBy: { sub: row.uploadedBySub, name: row.uploadedByName },
  createdAt: isoTimestamp(row.createdAt),
  completedAt: row.completedAt ? isoTimestamp(row.completedAt) : null,
});

function storeOf(runtime: AttachmentRuntime): ObjectStore {
  if (!runtime.store) {
    throw new AppError('attachments-disabled', 'Attachments are not set up on this server (no object store)');
  }
  return runtime.store;
}

/** Work orders: the region rule, and drivers only those of their own assignments. Assignments: likewise. */
async function resolveSubject(
  tx: TenantTx,
  user: TenantUser,
  subject: AttachmentSubject,
): Promise<ResolvedSubject> {
  if (subject.kind === 'work-order') {
    const scope = isDriverOnly(user) ? { user, driverSub: user.sub } : { user };
    const row = await findWorkOrder(tx, scope, subject.id);
    if (!row) throw notFound(`No work order ${subject.id}`);
    return { subject, workOrderId: row.id, region: row.region, driverId: null };
  }
  const assignment = await findVisibleAssignment(tx, user, subject.id);
  if (!assignment) throw notFound(`No assignment ${subject.id}`);
  return {
    subject,
    workOrderId: assignment.workOrderId,
    region: assignment.region,
    driverId: assignment.driverId,
  };
}

function emitChange(uow: UnitOfWork, resolved: ResolvedSubject, change: string, dto: AttachmentDto) {
  uow.emit({
    type: 'attachment.updated',
    payload: { change, attachment: dto },
    audience: { region: resolved.region, driverId: resolved.driverId },
  });
}

const folderOf = (subject: AttachmentSubject) =>
  subject.kind === 'work-order' ? 'work-orders' : 'assignments';

/**
 * Records a pending attachment and hands out a presigned POST for it. The key is the server's: under the
 * tenant's prefix, named by the attachment id, never by anything the client sent. The policy pins key and type
 * and bounds the size, so the object store refuses anything else.
 */
export async function requestUpload(
  uow: UnitOfWork,
  runtime: AttachmentRuntime,
  subject: AttachmentSubject,
  input: AttachmentCreate,
) {
  const store = storeOf(runtime);
  const { settings } = runtime;
  const contentType = input.contentType.trim().toLowerCase();
  if (!settings.contentTypes.includes(contentType)) {
    throw badRequest(`must be one of ${settings.contentTypes.join(', ')}`, 'contentType');
  }
  if (input.sizeBytes > settings.maxBytes) {
    throw badRequest(`must be at most ${settings.maxBytes} bytes`, 'sizeBytes');
  }
  const resolved = await resolveSubject(uow.tx, uow.user, subject);
  if ((await repository.countOnSubject(uow.tx, subject)) >= MAX_ATTACHMENTS_PER_SUBJECT) {
    throw new AppError(
      'attachment-limit',
      `A ${subject.kind.replace('-', ' ')} has at most ${MAX_ATTACHMENTS_PER_SUBJECT} attachments; delete one first`,
    );
  }
  const id = uuidv7();
  const row = await repository.insertAttachment(uow.tx, {
    id,
    workOrderId: resolved.workOrderId,
    assignmentId: subject.kind === 'assignment' ? subject.id : null,
    region: resolved.region,
    objectKey: `tenants/${uow.tenantId}/${folderOf(subject)}/${subject.id}/${id}`,
    fileName: input.fileName,
    contentType,
    sizeBytes: input.sizeBytes,
    status: 'pending',
    uploadedBySub: uow.user.sub,
    uploadedByName: uow.user.name,
  });
  const upload = await presignUpload(store, {
    key: row.objectKey,
    contentType,
    maxBytes: settings.maxBytes,
    expiresInSeconds: settings.uploadExpirySeconds,
  });
  const dto = toDto(row);
  uow.audit({ action: 'attachment.requested', entity: 'attachment', entityId: id, after: dto });
  emitChange(uow, resolved, 'requested', dto);
  return { attachment: dto, upload: { ...upload, maxBytes: settings.maxBytes } };
}

async function stat(store: ObjectStore, key: string) {
  try {
    return await statObject(store, key);
  } catch {
    throw new AppError('object-store-unavailable', 'The object store did not answer; try again');
  }
}

/** Checks the uploaded object (it exists, with the declared size and type) and records the attachment. */
export async function completeUpload(
  uow: UnitOfWork,
  runtime: AttachmentRuntime,
  subject: AttachmentSubject,
  attachmentId: string,
) {
  const store = storeOf(runtime);
  const resolved = await resolveSubject(uow.tx, uow.user, subject);
  const row = await repository.findOnSubject(uow.tx, subject, attachmentId, { forUpdate: true });
  if (!row) throw notFound(`No attachment ${attachmentId}`);
  if (row.status === 'uploaded') return toDto(row);
  const head = await stat(store, row.objectKey);
  if (!head) {
    throw new AppError('attachment-not-uploaded', `No file has been uploaded for attachment ${attachmentId}`);
  }
  const mismatches = [
    head.size === row.sizeBytes
      ? undefined
      : { field: 'sizeBytes', message: `declared ${row.sizeBytes}, uploaded ${head.size}` },
    head.contentType?.toLowerCase() === row.contentType
      ? undefined
      : { field: 'contentType', message: `declared ${row.contentType}, uploaded ${head.contentType}` },
  ].filter((item) => item !== undefined);
  if (mismatches.length > 0) {
    throw new AppError('attachment-mismatch', 'The uploaded file is not the one declared', {
      errors: mismatches,
    });
  }
  const before = toDto(row);
  const dto = toDto(await repository.markUploaded(uow.tx, row.id));
  uow.audit({ action: 'attachment.uploaded', entity: 'attachment', entityId: row.id, before, after: dto });
  emitChange(uow, resolved, 'uploaded', dto);
  return dto;
}

export async function listAttachments(
  ctx: TenantContext,
  runtime: AttachmentRuntime,
  subject: AttachmentSubject,
) {
  storeOf(runtime);
  await resolveSubject(ctx.tx, ctx.user, subject);
  const rows = await repository.listUploaded(ctx.tx, subject);
  return { items: rows.map(toDto) };
}

export async function downloadLink(
  ctx: TenantContext,
  runtime: AttachmentRuntime,
  subject: AttachmentSubject,
  attachmentId: string,
) {
  const store = storeOf(runtime);
  await resolveSubject(ctx.tx, ctx.user, subject);
  const row = await repository.findOnSubject(ctx.tx, subject, attachmentId);
  if (!row || row.status !== 'uploaded') throw notFound(`No attachment ${attachmentId}`);
  return presignDownload(store, {
    key: row.objectKey,
    fileName: row.fileName,
    expiresInSeconds: runtime.settings.downloadExpirySeconds,
  });
}

/**
 * Deletes the row now and the object once the transaction has committed (a failed object delete leaves an
 * orphan the bucket's versioning keeps, never a row without its file). Drivers delete only their own uploads.
 */
export async function deleteAttachment(
  uow: UnitOfWork,
  runtime: AttachmentRuntime,
  subject: AttachmentSubject,
  attachmentId: string,
) {
  const store = storeOf(runtime);
  const resolved = await resolveSubject(uow.tx, uow.user, subject);
  const row = await repository.findOnSubject(uow.tx, subject, attachmentId, { forUpdate: true });
  if (!row) throw notFound(`No attachment ${attachmentId}`);
  if (!hasRole(uow.user, 'admin', 'dispatcher') && row.uploadedBySub !== uow.user.sub) {
    throw new AppError('attachment-not-yours', 'Drivers delete only the attachments they uploaded');
  }
  await repository.deleteAttachment(uow.tx, row.id);
  const dto = toDto(row);
  uow.audit({ action: 'attachment.deleted', entity: 'attachment', entityId: row.id, before: dto });
  emitChange(uow, resolved, 'deleted', dto);
  uow.afterCommit(() => deleteObject(store, row.objectKey));
}
