import { getTableColumns, sql, type Column } from 'drizzle-orm';
import { toSnakeCase } from 'drizzle-orm/casing';
import type { PgTable } from 'drizzle-orm/pg-core';

/** Pieces of the statements dispatch writes in SQL (inserts composed with the fleet's take), built once. */

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
