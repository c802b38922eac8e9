import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { is } from 'drizzle-orm';
import { CasingCache } from 'drizzle-orm/casing';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import type { PoolClient } from '@dispatch/db';

/** A column as both sides can describe it: what drizzle declares and what the database has. */
export interface ColumnShape {
  table: string;
  column: string;
  /** SQL type as Postgres spells it (`timestamp with time zone`, `text[]`). */
  type: string;
  nullable: boolean;
  /** A default the database fills in (drizzle's `$defaultFn` runs in the client and does not count). */
  hasDefault: boolean;
  /** GENERATED ALWAYS AS (...) STORED. */
  generated: boolean;
}

const TABLE_FILE = /\.tables?\.ts$/;

/**
 * Every drizzle table exported by a `*.table.ts` / `*.tables.ts` file under `roots` (the naming the borders
 * check relies on), so a new table file is compared without anyone adding it to a list.
 */
export async function declaredTables(roots: string[]): Promise<PgTable[]> {
  const files = roots.flatMap((root) =>
    readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((path) => TABLE_FILE.test(path))
      .map((path) => join(root, path)),
  );
  const modules = await Promise.all(
    files.sort().map((file) => import(pathToFileURL(file).href) as Promise<Record<string, unknown>>),
  );
  return modules.flatMap((exports) =>
    Object.values(exports).filter((value): value is PgTable => is(value, PgTable)),
  );
}

/** The columns drizzle declares, named as queries name them (the API's drizzle runs with `snake_case`). */
export function drizzleShapes(tables: PgTable[]): ColumnShape[] {
  const casing = new CasingCache('snake_case');
  return tables.flatMap((table) => {
    const config = getTableConfig(table);
    return config.columns.map((column) => ({
      table: config.name,
      column: casing.getColumnCasing(column),
      type: column.getSQLType(),
      nullable: !column.notNull,
      hasDefault: column.default !== undefined,
      generated: column.generated !== undefined,
    }));
  });
}

/** The columns of every table in `schema`, from information_schema (types spelled by `format_type`). */
export async function databaseShapes(db: Pick<PoolClient, 'query'>, schema: string): Promise<ColumnShape[]> {
  const { rows } = await db.query<ColumnShape>(
    `SELECT c.table_name AS "table", c.column_name AS "column",
            format_type(a.atttypid, a.atttypmod) AS "type",
            c.is_nullable = 'YES' AS nullable,
            c.column_default IS NOT NULL AS "hasDefault",
            c.is_generated = 'ALWAYS' AS generated
       FROM information_schema.columns c
       JOIN information_schema.tables t USING (table_schema, table_name)
       JOIN pg_attribute a
         ON a.attrelid = format('%I.%I', c.table_schema, c.table_name)::regclass AND a.attname = c.column_name
      WHERE c.table_schema = $1 AND t.table_type = 'BASE TABLE'
      ORDER BY c.table_name, c.ordinal_position`,
    [schema],
  );
  return rows;
}

const summary = (shape: ColumnShape) =>
  [
    shape.type,
    shape.nullable ? 'null' : 'not null',
    shape.hasDefault && 'default',
    shape.generated && 'generated',
  ]
    .filter(Boolean)
    .join(' ');

/**
 * Where drizzle and the database disagree, one line each: a table or column only one side has, or a column
 * whose type, nullability, default or generation differs. With `allTables`, a database table no drizzle
 * table declares counts too (otherwise only the declared tables are compared).
 */
export function tableDrift(
  declared: ColumnShape[],
  actual: ColumnShape[],
  options: { allTables: boolean },
): string[] {
  const key = (shape: ColumnShape) => `${shape.table}.${shape.column}`;
  const declaredTables = new Set(declared.map((shape) => shape.table));
  const actualTables = new Set(actual.map((shape) => shape.table));
  const inDatabase = new Map(actual.map((shape) => [key(shape), shape]));
  const inDrizzle = new Map(declared.map((shape) => [key(shape), shape]));
  const drift: string[] = [];
  for (const table of declaredTables)
    if (!actualTables.has(table)) drift.push(`${table}: declared in drizzle, no such table in the database`);
  if (options.allTables)
    for (const table of actualTables)
      if (!declaredTables.has(table)) drift.push(`${table}: in the database, no drizzle table declares it`);
  for (const shape of declared) {
    if (!actualTables.has(shape.table)) continue;
    const found = inDatabase.get(key(shape));
    if (!found) drift.push(`${key(shape)}: declared in drizzle, not in the database`);
    else if (summary(found) !== summary(shape))
      drift.push(`${key(shape)}: drizzle says "${summary(shape)}", the database "${summary(found)}"`);
  }
  for (const shape of actual)
    if (declaredTables.has(shape.table) && !inDrizzle.has(key(shape)))
      drift.push(`${key(shape)}: in the database, not declared in drizzle`);
  return drift;
}
