import { createHash } from 'node:crypto';
import { isoTimestamp } from '#src/kernel/iso-timestamp';

/**
 * Canonical JSON: object keys sorted (recursively), no insignificant whitespace, and otherwise what
 * `JSON.stringify` makes of the value (`toJSON` honoured, so Dates become their ISO text; `undefined`, functions
 * and symbols dropped from objects and written as `null` in arrays; non-finite numbers as `null`). So the text of a
 * value equals the text of that value after a round trip through JSON or jsonb, whatever key order it was built
 * or stored with. Written as loops over strings: it runs over every audit event's before and after, and a
 * decision record is some 16 KB of JSON.
 */
export function canonicalJson(value: unknown): string {
  return canonicalText(value) ?? 'null';
}

/** The canonical text, or `undefined` where `JSON.stringify` would leave the value out. */
function canonicalText(input: unknown): string | undefined {
  let value = input;
  if (typeof value === 'object' && value !== null && typeof (value as Jsonable).toJSON === 'function')
    value = (value as Jsonable).toJSON();
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? JSON.stringify(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      throw new TypeError('canonical JSON has no BigInt');
    case 'object':
      break;
    default:
      return undefined;
  }
  if (value === null) return 'null';
  if (Array.isArray(value)) {
    let text = '[';
    for (let index = 0; index < value.length; index++) {
      if (index > 0) text += ',';
      text += canonicalText(value[index]) ?? 'null';
    }
    return `${text}]`;
  }
  const record = value as Record<string, unknown>;
  let text = '';
  for (const key of Object.keys(record).sort()) {
    const member = canonicalText(record[key]);
    if (member === undefined) continue;
    text += `${text ? ',' : ''}${JSON.stringify(key)}:${member}`;
  }
  return `{${text}}`;
}

interface Jsonable {
  toJSON(): unknown;
}

/** What a link commits to: every column of the event, its position and the previous link's hash. */
export interface ChainedEvent {
  tenantId: string;
  seq: number;
  id: string;
  at: Date;
  actorSub: string;
  actorName: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  prevHash: string;
}

export const GENESIS_HASH = '';

/** The columns a v2 link commits to through its content digest: every column but the position and the link. */
export type ChainedContent = Omit<ChainedEvent, 'seq' | 'prevHash'>;

/** Links of chain version 1 hash everything in Node; version 2 splits the work so Postgres can link (below). */
export const CHAIN_V2 = 2;

/** The columns both link versions commit to, as canonical JSON sees them (key order does not matter there). */
function contentFields(event: ChainedContent) {
  return {
    tenantId: event.tenantId,
    id: event.id,
    at: isoTimestamp(event.at),
    actorSub: event.actorSub,
    actorName: event.actorName,
    action: event.action,
    entity: event.entity,
    entityId: event.entityId,
    before: event.before ?? null,
    after: event.after ?? null,
    requestId: event.requestId,
  };
}

const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');

export function chainHash(event: ChainedEvent): string {
  return sha256Hex(
    canonicalJson({ v: 1, ...contentFields(event), seq: event.seq, prevHash: event.prevHash }),
  );
}

/** v2, computed in Node: sha256 of the canonical JSON of every column except `seq` and `prev_hash`. */
export function contentDigest(event: ChainedContent): string {
  return sha256Hex(canonicalJson({ v: CHAIN_V2, ...contentFields(event) }));
}

/**
 * v2 link: commits to the position, the previous link and (through the digest) every column. Simple enough for
 * Postgres to compute while it appends under the head's row lock (the tenant schema's `audit_append`); this is
 * the same formula for verification.
 */
export function v2LinkHash(seq: number, prevHash: string, digest: string): string {
  return createHash('sha256').update(`v2|${seq}|${prevHash}|${digest}`, 'utf8').digest('hex');
}
