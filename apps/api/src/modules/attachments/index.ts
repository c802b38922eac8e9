export { attachmentsPlugin } from './attachments.plugin';
export { attachmentRoutes } from './attachments.routes';
