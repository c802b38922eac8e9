import { encodeCursor } from './cursor';
import { isoTimestamp } from './iso-timestamp';

/** Rows fetched with `limit + 1`: the extra row only says whether there is a next page. */
export function keysetPage<R, D>(
  rows: R[],
  limit: number,
  toDto: (row: R) => D,
  cursorOf: (row: R) => Record<string, unknown>,
) {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(toDto),
    nextCursor: rows.length > limit && last !== undefined ? encodeCursor(cursorOf(last)) : null,
  };
}

export const iso = (value: Date | null | undefined): string | null => (value ? isoTimestamp(value) : null);
