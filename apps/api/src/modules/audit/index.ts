export { recordAuditEvent, type AuditEventInput } from './audit.repository';
export { auditEvents } from './audit.table';
