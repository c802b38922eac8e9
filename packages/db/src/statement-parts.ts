import { getTableColumns, sql, type Column } from 'drizzle-orm';
import { toSnakeCase } from 'drizzle-orm/casing';
import type { PgTable } from 'drizzle-orm/pg-core';

/**
 * Pieces of the statements modules write in SQL (`tenantSqlStatement`: inserts composed with a take or a counter,
 * rows of several tables in one result), built once.
 */

/** The columns of `fields` (their snake_case names), for an INSERT's column list. */
export const columnList = (fields: readonly string[]) =>
  sql.join(
    fields.map((field) => sql.identifier(toSnakeCase(field))),
    sql`, `,
  );

/** Each field as the placeholder `prefix` + field, cast to its column's type, for an INSERT's values. */
export const typedPlaceholders = (table: PgTable, fields: readonly string[], prefix = '') => {
  const columns = getTableColumns(table) as Record<string, Column>;
  return sql.join(
    fields.map((field) => sql`${sql.placeholder(prefix + field)}::${sql.raw(columns[field]!.getSQLType())}`),
    sql`, `,
  );
};

const columnsOf = (table: PgTable) => Object.entries(getTableColumns(table) as Record<string, Column>);

/** Every column of `from` as `"<label>.<field>"`, so one result row carries several rows apart (`rowOf`). */
export const labelled = (from: string, table: PgTable, label: string) =>
  sql.join(
    columnsOf(table).map(
      ([field]) =>
        sql`${sql.identifier(from)}.${sql.identifier(toSnakeCase(field))} AS ${sql.identifier(`${label}.${field}`)}`,
    ),
    sql`, `,
  );

/** One row of `table` from its `labelled` columns, each value mapped as drizzle maps it (bigint to number). */
export function rowOf<R>(raw: Record<string, unknown>, table: PgTable, label: string): R {
  const row: Record<string, unknown> = {};
  for (const [field, column] of columnsOf(table)) {
    const value = raw[`${label}.${field}`];
    row[field] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
  }
  return row as R;
}
