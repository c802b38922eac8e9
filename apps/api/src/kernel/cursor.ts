import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import { badRequest } from './problems';

/**
 * Opaque keyset cursors: base64url JSON of the last row's sort key, then a MAC over it. Only a cursor this
 * API issued is ever parsed, so a forged one (a date Postgres cannot read, text with NUL, a sort key of the
 * wrong type) is a 400 here and never reaches a query.
 */
const MAC_BYTES = 16;
let macKey: Buffer = randomBytes(32);

/**
 * Derives the cursor key from the server's secrets key (config), so every replica accepts the cursors the
 * others issued. Until it is called (unit tests without an app) a random per-process key is used.
 */
export function configureCursorKey(secretsKeyBase64: string): void {
  const ikm = Buffer.from(secretsKeyBase64, 'base64');
  macKey = Buffer.from(hkdfSync('sha256', ikm, Buffer.alloc(0), 'dispatch-page-cursor', 32));
}

const macOf = (payload: string) =>
  createHmac('sha256', macKey).update(payload).digest().subarray(0, MAC_BYTES);

export const CURSOR_PATTERN = '^[A-Za-z0-9_-]{1,400}\\.[A-Za-z0-9_-]{22}$';

export function encodeCursor(value: Record<string, unknown>): string {
  const payload = Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${payload}.${macOf(payload).toString('base64url')}`;
}

function verified(cursor: string): string | undefined {
  const [payload, mac, extra] = cursor.split('.');
  if (!payload || !mac || extra !== undefined) return undefined;
  const given = Buffer.from(mac, 'base64url');
  return given.length === MAC_BYTES && timingSafeEqual(given, macOf(payload)) ? payload : undefined;
}

export function decodeCursor<T extends Record<string, unknown>>(
  cursor: string | undefined,
  isValid: (value: Record<string, unknown>) => value is T,
): T | undefined {
  if (cursor === undefined) return undefined;
  const payload = verified(cursor);
  if (payload !== undefined) {
    try {
      const value = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as unknown;
      if (value && typeof value === 'object' && isValid(value as Record<string, unknown>)) return value as T;
    } catch {
      // fall through to the problem below
    }
  }
  throw badRequest('cursor is not a cursor this API issued', 'cursor');
}
