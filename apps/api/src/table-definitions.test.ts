import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getTableConfig, integer, pgTable, text, timestamp, uuid, type PgTable } from 'drizzle-orm/pg-core';
import {
  createPool,
  grantPlatformAccess,
  migratePlatform,
  provisionTenant,
  type Pool,
  type TenantRow,
} from '@dispatch/db';
import { APP_ROLE, createTestDatabase, testServices, type TestDatabase } from '@dispatch/testkit';
import { databaseShapes, declaredTables, drizzleShapes, tableDrift } from '#src/test/table-drift';

/**
 * The drizzle tables say what the database has: every query is built from them, so a column declared nullable
 * that is NOT NULL, or a default drizzle does not know of, misleads the code that reads or inserts rows.
 */

const SRC = dirname(fileURLToPath(import.meta.url));
/** Where tables are declared: the API (modules and infrastructure) and the platform registry in packages/db. */
const ROOTS = [SRC, join(SRC, '../../../packages/db/src')];

let database: TestDatabase;
let admin: Pool;
let tenant: TenantRow;
let tables: PgTable[];
beforeAll(async () => {
  database = await createTestDatabase(testServices().adminDatabaseUrl);
  admin = createPool(database.adminUrl, { max: 2 });
  await migratePlatform(admin);
  await grantPlatformAccess(admin, APP_ROLE);
  ({ tenant } = await provisionTenant(
    admin,
    { slug: 'tables', name: 'Tables', tier: 'standard' },
    { appRole: APP_ROLE, actor: 'test' },
  ));
  tables = await declaredTables(ROOTS);
});
afterAll(async () => {
  await admin?.end();
  await database?.drop();
});

const inSchema = (schema: string | undefined) =>
  tables.filter((table) => getTableConfig(table).schema === schema);

describe('drizzle table definitions', () => {
  it('live in the tenant schema (unqualified) or the platform schema', () => {
    const schemas = new Set(tables.map((table) => getTableConfig(table).schema));
    expect(schemas).toEqual(new Set([undefined, 'platform']));
  });

  it('declare every table of a freshly provisioned tenant, with its columns, types, nullability and defaults', async () => {
    const actual = await databaseShapes(admin, tenant.schemaName);
    expect(tableDrift(drizzleShapes(inSchema(undefined)), actual, { allTables: true })).toEqual([]);
  });

  it('declare the platform tables they name as the platform migrations create them', async () => {
    const actual = await databaseShapes(admin, 'platform');
    expect(tableDrift(drizzleShapes(inSchema('platform')), actual, { allTables: false })).toEqual([]);
  });

  it('would report a table or column only one side has, and a differing type, nullability or default', async () => {
    const widgets = pgTable('widgets', {
      id: uuid().notNull(),
      name: text().notNull(),
      weight: integer(),
      colour: text(),
      createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    });
    const gizmos = pgTable('gizmos', { id: uuid() });
    const client = await admin.connect();
    try {
      // Inside a transaction that is rolled back: the comparison is shown a real catalogue, nothing stays.
      await client.query('BEGIN');
      await client.query(`
        CREATE SCHEMA drift_check;
        CREATE TABLE drift_check.widgets (id uuid NOT NULL, name text, weight text, created_at timestamptz NOT NULL, size int);
        CREATE TABLE drift_check.gadgets (id uuid)`);
      const actual = await databaseShapes(client, 'drift_check');
      expect(tableDrift(drizzleShapes([widgets, gizmos]), actual, { allTables: true }).sort()).toEqual(
        [
          'gizmos: declared in drizzle, no such table in the database',
          'gadgets: in the database, no drizzle table declares it',
          'widgets.name: drizzle says "text not null", the database "text null"',
          'widgets.weight: drizzle says "integer null", the database "text null"',
          'widgets.colour: declared in drizzle, not in the database',
          'widgets.created_at: drizzle says "timestamp with time zone not null default", the database "timestamp with time zone not null"',
          'widgets.size: in the database, not declared in drizzle',
        ].sort(),
      );
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }
  });
});
