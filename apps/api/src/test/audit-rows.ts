import type { ChainedContent } from '#src/modules/audit/audit.chain';

/** An `audit_events` row as a raw query returns it (snake_case columns). */
export interface StoredAuditRow {
  id: string;
  at: Date;
  actor_sub: string;
  actor_name: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  before: unknown;
  after: unknown;
  request_id: string | null;
}

/** The columns a link commits to, read back from a stored row: tests recompute hashes with it, as an attacker would. */
export const storedAuditContent = (tenantId: string, row: StoredAuditRow): ChainedContent => ({
  tenantId,
  id: row.id,
  at: row.at,
  actorSub: row.actor_sub,
  actorName: row.actor_name,
  action: row.action,
  entity: row.entity,
  entityId: row.entity_id,
  before: row.before,
  after: row.after,
  requestId: row.request_id,
});
