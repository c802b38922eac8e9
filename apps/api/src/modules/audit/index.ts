export { appendAuditEvents, entityEvents, type AuditEventInput } from './audit.repository';
export { auditRoutes } from './audit.routes';
export { verifyChain as verifyAuditChain } from './audit.service';
export { canonicalJson } from './audit.chain';
export { auditPlugin } from './audit.plugin';
export type { AuditAnchor, AnchorStore } from './audit.anchors';
