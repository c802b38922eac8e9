import fp from 'fastify-plugin';
import type { AppConfig } from '@dispatch/config';
import { createObjectStore } from '@dispatch/object-storage';
import type { AttachmentRuntime } from './attachments.service';

declare module 'fastify' {
  interface FastifyInstance {
    attachments: AttachmentRuntime;
  }
}

/** The object store attachments use (none without S3_BUCKET: attachments are off) and their limits. */
export const attachmentsPlugin = fp<{ config: AppConfig }>(
  async (app, { config }) => {
    const { s3, attachments: settings } = config.storage;
    const store = s3 ? await createObjectStore(s3) : undefined;
    app.decorate('attachments', { store, settings });
    app.addHook('onClose', async () => store?.client.destroy());
  },
  { name: 'attachments' },
);
