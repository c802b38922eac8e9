import { Type, type Static } from 'typebox';
import { Uuid } from '#src/http/common.schemas';
import { SafeText } from '#src/http/field.schemas';

const DateTime = Type.String({ format: 'date-time' });

export const Attachment = Type.Object({
  id: Uuid,
  workOrderId: Uuid,
  assignmentId: Type.Union([Uuid, Type.Null()]),
  fileName: Type.String(),
  contentType: Type.String(),
  sizeBytes: Type.Integer(),
  status: Type.Union([Type.Literal('pending'), Type.Literal('uploaded')]),
  uploadedBy: Type.Object({ sub: Type.String(), name: Type.Union([Type.String(), Type.Null()]) }),
  createdAt: DateTime,
  completedAt: Type.Union([DateTime, Type.Null()]),
});
export type AttachmentDto = Static<typeof Attachment>;

export const AttachmentList = Type.Object({ items: Type.Array(Attachment) });

export const AttachmentCreate = Type.Object(
  {
    fileName: SafeText({ minLength: 1, maxLength: 255, description: 'Shown and used for downloads only' }),
    contentType: Type.String({
      minLength: 3,
      maxLength: 127,
      description: 'One of the allowed types (GET /api/attachments/settings); the upload must carry it',
    }),
    sizeBytes: Type.Integer({ minimum: 1, description: 'Exact size of the file; checked when completing' }),
  },
  { additionalProperties: false },
);
export type AttachmentCreate = Static<typeof AttachmentCreate>;

export const PresignedUpload = Type.Object({
  url: Type.String({ description: 'POST a multipart form here: every field below, then the file as `file`' }),
  fields: Type.Record(Type.String(), Type.String()),
  expiresAt: DateTime,
  maxBytes: Type.Integer(),
});

export const AttachmentUploadStarted = Type.Object({ attachment: Attachment, upload: PresignedUpload });

export const AttachmentDownload = Type.Object({
  url: Type.String({ description: 'A short-lived presigned GET of the file' }),
  expiresAt: DateTime,
});

export const AttachmentSettings = Type.Object({
  enabled: Type.Boolean({ description: 'False when the server has no object store configured' }),
  maxBytes: Type.Integer(),
  contentTypes: Type.Array(Type.String()),
});

export const SubjectParams = Type.Object({ id: Uuid }, { additionalProperties: false });
export const AttachmentParams = Type.Object(
  { id: Uuid, attachmentId: Uuid },
  { additionalProperties: false },
);
