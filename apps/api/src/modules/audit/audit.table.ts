import { bigint, jsonb, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tenantIdColumn } from '@dispatch/db';

/** Unqualified: resolves through the tenant transaction's search_path. */
export const auditEvents = pgTable('audit_events', {
  tenantId: tenantIdColumn(),
  id: uuid().notNull(),
  at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  actorSub: text().notNull(),
  actorName: text(),
  action: text().notNull(),
  entity: text().notNull(),
  entityId: text(),
  before: jsonb(),
  after: jsonb(),
  requestId: text(),
  /** Position in the tenant's hash chain (NULL only for events written before the chain existed). */
  seq: bigint({ mode: 'number' }),
  prevHash: text(),
  hash: text(),
  /** v2 links: sha256 of the event's columns, computed in Node; `hash` links it in SQL (audit.chain.ts). */
  contentDigest: text(),
  /** 1: `hash` covers everything (chainHash); 2: `hash` = v2LinkHash(seq, prevHash, contentDigest). */
  chainVersion: smallint().notNull().default(1),
});
export type AuditEventRow = typeof auditEvents.$inferSelect;

/** The last link of each tenant's chain: one row per tenant. */
export const auditChainHead = pgTable('audit_chain_head', {
  tenantId: tenantIdColumn(),
  lastSeq: bigint({ mode: 'number' }).notNull().default(0),
  lastHash: text().notNull().default(''),
  legacyEvents: bigint({ mode: 'number' }).notNull().default(0),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
