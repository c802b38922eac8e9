import { eq, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/** An optional list filter: `column = value` when the caller gave a value, no condition when it did not. */
export function eqWhenGiven<T>(column: AnyPgColumn, value: T | undefined): SQL | undefined {
  return value === undefined ? undefined : eq(column, value);
}
