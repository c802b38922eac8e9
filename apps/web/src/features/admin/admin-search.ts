import { z } from 'zod';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** The audit log's filters, kept in the URL; a malformed value means "no filter". */
export const auditSearchSchema = z.object({
  entity: z.string().max(100).optional().catch(undefined),
  actor: z.string().max(200).optional().catch(undefined),
  from: day.optional().catch(undefined),
  to: day.optional().catch(undefined),
});
export type AuditSearch = z.infer<typeof auditSearchSchema>;

export const userSearchSchema = z.object({
  role: z.enum(['admin', 'dispatcher', 'driver', 'viewer']).optional().catch(undefined),
});
