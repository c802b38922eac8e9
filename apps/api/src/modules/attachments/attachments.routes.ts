import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { tenantAccess } from '#src/plugins/access-control';
import { described } from '#src/http/common.schemas';
import { tenantProblems } from '#src/http/problem-responses';
import {
  AttachmentCreate,
  AttachmentDownload,
  AttachmentList,
  AttachmentParams,
  AttachmentSettings,
  AttachmentUploadStarted,
  Attachment,
  SubjectParams,
} from './attachments.schemas';
import type { AttachmentSubject } from './attachments.repository';
import * as service from './attachments.service';

const tags = ['attachments'];
/** Every attachment route may find no subject or no object store. */
const READ = ['not-found', 'attachments-disabled'] as const;
const everyone = tenantAccess('admin', 'dispatcher', 'viewer', 'driver');

/**
 * The same five routes for each thing an attachment hangs on. Work orders: admins and dispatchers attach;
 * assignments: drivers too, on their own (the service finds the subject as the user may see it).
 */
const SUBJECTS = [
  {
    kind: 'work-order',
    base: '/work-orders/:id/attachments',
    label: 'a work order',
    ids: {
      list: { operationId: 'listWorkOrderAttachments' },
      start: { operationId: 'startWorkOrderAttachment' },
      complete: { operationId: 'completeWorkOrderAttachment' },
      download: { operationId: 'downloadWorkOrderAttachment' },
      remove: { operationId: 'deleteWorkOrderAttachment' },
    },
    writers: tenantAccess('admin', 'dispatcher'),
  },
  {
    kind: 'assignment',
    base: '/dispatch/assignments/:id/attachments',
    label: 'an assignment (delivery proof)',
    ids: {
      list: { operationId: 'listAssignmentAttachments' },
      start: { operationId: 'startAssignmentAttachment' },
      complete: { operationId: 'completeAssignmentAttachment' },
      download: { operationId: 'downloadAssignmentAttachment' },
      remove: { operationId: 'deleteAssignmentAttachment' },
    },
    writers: tenantAccess('admin', 'dispatcher', 'driver'),
  },
] as const;

export const attachmentRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const runtime = app.attachments;

  app.get(
    '/attachments/settings',
    {
      config: { access: everyone },
      schema: {
        operationId: 'getAttachmentSettings',
        summary: 'Whether attachments are on, the largest file and the allowed types',
        tags,
        response: { 200: described('Attachment settings', AttachmentSettings), ...tenantProblems() },
      },
    },
    async () => ({
      enabled: runtime.store !== undefined,
      maxBytes: runtime.settings.maxBytes,
      contentTypes: runtime.settings.contentTypes,
    }),
  );

  for (const { kind, base, ids, label, writers } of SUBJECTS) {
    const subjectOf = (id: string): AttachmentSubject => ({ kind, id });

    app.get(
      base,
      {
        config: { access: everyone },
        schema: {
          ...ids.list,
          summary: `Uploaded attachments of ${label}, newest first`,
          tags,
          params: SubjectParams,
          response: { 200: described('The attachments', AttachmentList), ...tenantProblems(...READ) },
        },
      },
      (request) => request.read((ctx) => service.listAttachments(ctx, runtime, subjectOf(request.params.id))),
    );

    app.post(
      base,
      {
        config: { access: writers },
        schema: {
          ...ids.start,
          summary: `Start an upload to ${label}: a presigned POST straight to the object store`,
          tags,
          params: SubjectParams,
          body: AttachmentCreate,
          response: {
            201: described('The pending attachment and where to upload it', AttachmentUploadStarted),
            ...tenantProblems(...READ, 'attachment-limit'),
          },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(
            await request.write((uow) =>
              service.requestUpload(uow, runtime, subjectOf(request.params.id), request.body),
            ),
          ),
    );

    app.post(
      `${base}/:attachmentId/complete`,
      {
        config: { access: writers },
        schema: {
          ...ids.complete,
          summary: 'Record an uploaded file after checking it in the object store (exists, size, type)',
          tags,
          params: AttachmentParams,
          response: {
            200: described('The uploaded attachment', Attachment),
            ...tenantProblems(
              ...READ,
              'attachment-not-uploaded',
              'attachment-mismatch',
              'object-store-unavailable',
            ),
          },
        },
      },
      (request) =>
        request.write((uow) =>
          service.completeUpload(uow, runtime, subjectOf(request.params.id), request.params.attachmentId),
        ),
    );

    app.get(
      `${base}/:attachmentId/download`,
      {
        config: { access: everyone },
        schema: {
          ...ids.download,
          summary: 'A short-lived presigned link to the file',
          tags,
          params: AttachmentParams,
          response: {
            200: described('Where to download it', AttachmentDownload),
            ...tenantProblems(...READ),
          },
        },
      },
      (request) =>
        request.read((ctx) =>
          service.downloadLink(ctx, runtime, subjectOf(request.params.id), request.params.attachmentId),
        ),
    );

    app.delete(
      `${base}/:attachmentId`,
      {
        config: { access: writers },
        schema: {
          ...ids.remove,
          summary: 'Delete an attachment: the row now, the file once that has committed',
          tags,
          params: AttachmentParams,
          response: {
            204: described('Deleted', Type.Null()),
            ...tenantProblems(...READ, 'attachment-not-yours'),
          },
        },
      },
      async (request, reply) => {
        await request.write((uow) =>
          service.deleteAttachment(uow, runtime, subjectOf(request.params.id), request.params.attachmentId),
        );
        return reply.code(204).send(null);
      },
    );
  }
};
