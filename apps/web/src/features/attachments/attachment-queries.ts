import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { ResponseOf } from '../../api/types';
import { keys } from '../../realtime/patches';

/** What the files hang on: a work order (site plans, permits) or an assignment (delivery proof). */
export interface AttachmentSubject {
  kind: 'work-order' | 'assignment';
  id: string;
}

export type Attachment = ResponseOf<'/api/work-orders/{id}/attachments', 'get'>['items'][number];
export type AttachmentSettings = ResponseOf<'/api/attachments/settings', 'get'>;
export interface NewAttachment {
  fileName: string;
  contentType: string;
  sizeBytes: number;
}

const ids = (subject: AttachmentSubject, attachmentId: string) => ({
  params: { path: { id: subject.id, attachmentId } },
});

/** Query factories and calls for attachments; each call picks the work-order or assignment route. */
export const attachmentQueries = {
  settings: () =>
    queryOptions({
      queryKey: [...keys.attachments, 'settings'] as const,
      queryFn: ({ signal }) => unwrap(api.GET('/api/attachments/settings', { signal })),
      staleTime: 5 * 60_000,
    }),
  list: (subject: AttachmentSubject) =>
    queryOptions({
      queryKey: [...keys.attachments, subject.kind, subject.id] as const,
      queryFn: async ({ signal }) => {
        const params = { path: { id: subject.id } };
        const page = await (subject.kind === 'work-order'
          ? unwrap(api.GET('/api/work-orders/{id}/attachments', { params, signal }))
          : unwrap(api.GET('/api/dispatch/assignments/{id}/attachments', { params, signal })));
        return page.items;
      },
    }),
};

/** Step 1: a pending attachment and the presigned POST to upload it to. */
export function startAttachment(subject: AttachmentSubject, body: NewAttachment) {
  const params = { path: { id: subject.id } };
  return subject.kind === 'work-order'
    ? unwrap(api.POST('/api/work-orders/{id}/attachments', { params, body }))
    : unwrap(api.POST('/api/dispatch/assignments/{id}/attachments', { params, body }));
}

/** Step 3: the API checks the stored object and records it as uploaded. */
export function completeAttachment(subject: AttachmentSubject, attachmentId: string) {
  return subject.kind === 'work-order'
    ? unwrap(
        api.POST('/api/work-orders/{id}/attachments/{attachmentId}/complete', ids(subject, attachmentId)),
      )
    : unwrap(
        api.POST(
          '/api/dispatch/assignments/{id}/attachments/{attachmentId}/complete',
          ids(subject, attachmentId),
        ),
      );
}

/** A short-lived presigned GET of the file. */
export function downloadLink(subject: AttachmentSubject, attachmentId: string) {
  return subject.kind === 'work-order'
    ? unwrap(api.GET('/api/work-orders/{id}/attachments/{attachmentId}/download', ids(subject, attachmentId)))
    : unwrap(
        api.GET(
          '/api/dispatch/assignments/{id}/attachments/{attachmentId}/download',
          ids(subject, attachmentId),
        ),
      );
}

export function deleteAttachment(subject: AttachmentSubject, attachmentId: string) {
  return subject.kind === 'work-order'
    ? unwrap(api.DELETE('/api/work-orders/{id}/attachments/{attachmentId}', ids(subject, attachmentId)))
    : unwrap(
        api.DELETE('/api/dispatch/assignments/{id}/attachments/{attachmentId}', ids(subject, attachmentId)),
      );
}
