import type { TenantContext } from '#src/kernel/tenant-context';
import { decodeCursor } from '#src/kernel/cursor';
import { keysetPage } from '#src/kernel/paging';
import { badRequest } from '#src/kernel/problems';
import * as repository from './audit.repository';
import { chainHash, CHAIN_V2, contentDigest, GENESIS_HASH, v2LinkHash } from './audit.chain';
import type { AuditEventRow } from './audit.table';
import type { AuditAnchor } from './audit.anchors';
import type { AuditEventDto, AuditListQuery, AuditVerification } from './audit.schemas';
import { isoTimestamp } from '#src/kernel/iso-timestamp';

const toDto = (row: AuditEventRow): AuditEventDto => ({
  id: row.id,
  seq: row.seq,
  at: isoTimestamp(row.at),
  actor: { sub: row.actorSub, name: row.actorName },
  action: row.action,
  entity: row.entity,
  entityId: row.entityId,
  before: row.before ?? null,
  after: row.after ?? null,
  requestId: row.requestId,
  hash: row.hash,
  prevHash: row.prevHash,
});

const isCursor = (value: Record<string, unknown>): value is { at: string; id: string } =>
  typeof value.at === 'string' && typeof value.id === 'string' && !Number.isNaN(Date.parse(value.at));

export async function listEvents(ctx: TenantContext, query: AuditListQuery) {
  const limit = query.limit ?? 50;
  const from = query.from === undefined ? undefined : new Date(query.from);
  const to = query.to === undefined ? undefined : new Date(query.to);
  if (from && to && from >= to) throw badRequest('from must be before to', 'from');
  const cursor = decodeCursor(query.cursor, isCursor);
  const rows = await repository.listAuditEvents(
    ctx.tx,
    { entity: query.entity, entityId: query.entityId, actor: query.actor, from, to },
    { limit: limit + 1, before: cursor && { at: new Date(cursor.at), id: cursor.id } },
  );
  return keysetPage(rows, limit, toDto, (row) => ({ at: isoTimestamp(row.at), id: row.id }));
}

const PAGE = 1000;

/**
 * Walks the tenant's chain from the first link: each event must sit at the next position, name the previous
 * hash, and hash to what it stores; the head must point at the last link (a cut tail shows); and no event may
 * sit outside the chain beyond those written before it existed.
 */
export async function verifyChain(ctx: TenantContext, anchor?: AuditAnchor): Promise<AuditVerification> {
  const { tx } = ctx;
  const head = await repository.chainHead(tx);
  const anchoredSeq = anchor?.seq ?? null;
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let checked = 0;
  const fail = (seq: number | null, id: string | null, reason: string): AuditVerification => ({
    ok: false,
    checked,
    lastSeq: expectedSeq - 1,
    anchoredSeq,
    firstBroken: { seq, id, reason },
  });
  // The head is read first: events appended while we walk lie beyond it and are left for the next run.
  const end = head?.lastSeq ?? Number.MAX_SAFE_INTEGER;
  for (;;) {
    const rows = await repository.chainPage(tx, expectedSeq - 1, Math.min(PAGE, end - expectedSeq + 1));
    if (rows.length === 0) break;
    for (const row of rows) {
      if (row.seq !== expectedSeq)
        return fail(expectedSeq, null, `event ${expectedSeq} is missing (found ${row.seq} next)`);
      if (row.prevHash !== prevHash)
        return fail(row.seq, row.id, 'prev_hash does not match the previous event');
      const hash = linkHash(ctx.tenantId, row, expectedSeq, prevHash);
      if (hash === undefined || hash !== row.hash)
        return fail(row.seq, row.id, 'the event was changed after it was written (hash mismatch)');
      if (anchor && row.seq === anchor.seq && hash !== anchor.hash) {
        return fail(row.seq, row.id, anchorMismatch(anchor));
      }
      prevHash = hash;
      expectedSeq += 1;
      checked += 1;
    }
    if (expectedSeq > end) break;
  }
  const lastSeq = expectedSeq - 1;
  if (head && (head.lastSeq !== lastSeq || head.lastHash !== prevHash)) {
    return fail(
      head.lastSeq,
      null,
      `the chain head points at event ${head.lastSeq} but the chain ends at ${lastSeq}`,
    );
  }
  if (anchor && anchor.seq > lastSeq) {
    return fail(
      anchor.seq,
      null,
      `the chain ends at event ${lastSeq} but event ${anchor.seq} was ${anchoredOn(anchor)}`,
    );
  }
  const unchained = await repository.unchainedCount(tx);
  const legacy = head?.legacyEvents ?? 0;
  if (unchained !== legacy) {
    return fail(null, null, `${unchained - legacy} event(s) were written outside the chain`);
  }
  return { ok: true, checked, lastSeq, anchoredSeq, firstBroken: null };
}

/**
 * The hash the row's link should have, recomputed from its columns: v1 hashes them all with the position and the
 * previous link; v2 digests them (a digest that no longer matches its columns counts as a changed row: undefined)
 * and links the digest. Either way a changed column, digest or hash shows as a mismatch with `row.hash`.
 */
function linkHash(tenantId: string, row: AuditEventRow, seq: number, prevHash: string): string | undefined {
  const content = {
    tenantId,
    id: row.id,
    at: row.at,
    actorSub: row.actorSub,
    actorName: row.actorName,
    action: row.action,
    entity: row.entity,
    entityId: row.entityId,
    before: row.before,
    after: row.after,
    requestId: row.requestId,
  };
  if (row.chainVersion !== CHAIN_V2) return chainHash({ ...content, seq, prevHash });
  const digest = contentDigest(content);
  if (digest !== row.contentDigest) return undefined;
  return v2LinkHash(seq, prevHash, digest);
}

const anchoredOn = (anchor: AuditAnchor) => `anchored outside the database on ${anchor.anchoredAt}`;

/** The chain up to here was rewritten consistently (hashes recomputed): only the anchor outside the database tells. */
const anchorMismatch = (anchor: AuditAnchor) =>
  `the chain was rewritten: event ${anchor.seq} differs from the one ${anchoredOn(anchor)}`;
