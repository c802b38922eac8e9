import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backupTenant, fileExportSink, provisionTenant, restoreTenant } from '@dispatch/db';
import { seedTenantRows, tableDigests } from '@dispatch/testkit';
import type { Scenario } from '../lib/context';
import { format } from '../lib/results';
import { elapsedMs } from '../lib/stats';

const ROWS = 100_000;
const LIMIT_S = 600;
const AIM_S = 60;

export const restore: Scenario = {
  id: 'restore',
  title: 'Backup and restore of a 100,000-row tenant',
  method:
    `A tenant is provisioned and filled with ${ROWS.toLocaleString('en-US')} rows across its main tables ` +
    '(set-based `generate_series` inserts as the owner, untimed). Timed: `backupTenant` (one REPEATABLE READ ' +
    'snapshot, every table streamed with COPY into a gzip file); then, after the tenant is damaged (a table ' +
    'dropped, rows deleted; untimed), `restoreTenant` in place (one transaction: schema rebuilt from the ' +
    'templates, rows loaded with COPY, sequences set, ANALYZE, audit) and `restoreTenant` into a new tenant ' +
    '(tenant_id rewritten as rows stream). Each restore is then compared with the source table by table (rows as ' +
    'JSON ordered by primary key, hashed), untimed.',
  async run(ctx, out) {
    const { progress } = ctx;
    const dir = await mkdtemp(join(tmpdir(), 'dispatch-bench-backups-'));
    const sink = fileExportSink(dir);
    const options = { appRole: ctx.appRole, actor: 'bench' };
    try {
      const { tenant } = await provisionTenant(
        ctx.adminPool,
        { slug: 'bench-restore', name: 'Bench restore', tier: 'standard' },
        options,
      );
      progress.log(`seeding ${ROWS} rows`);
      await seedTenantRows(ctx.adminPool, tenant, ROWS);
      const before = await tableDigests(ctx.adminPool, tenant.schemaName);
      const rows = Object.values(before).reduce((sum, table) => sum + table.rows, 0);

      progress.log('backing up');
      let started = process.hrtime.bigint();
      const backup = await backupTenant(ctx.adminPool, tenant.slug, { sink });
      const backupS = elapsedMs(started) / 1000;

      await ctx.adminPool.query(`DROP TABLE ${tenant.schemaName}.assignments CASCADE`);
      await ctx.adminPool.query(`DELETE FROM ${tenant.schemaName}.audit_events`);

      progress.log('restoring in place');
      started = process.hrtime.bigint();
      const inPlace = await restoreTenant(ctx.adminPool, await sink.read(backup.location), {
        ...options,
        replace: true,
      });
      const inPlaceS = elapsedMs(started) / 1000;
      const inPlaceEqual =
        JSON.stringify(await tableDigests(ctx.adminPool, tenant.schemaName)) === JSON.stringify(before);

      progress.log('restoring into a new tenant');
      started = process.hrtime.bigint();
      const copy = await restoreTenant(ctx.adminPool, await sink.read(backup.location), {
        ...options,
        into: 'bench-restore-copy',
      });
      const copyS = elapsedMs(started) / 1000;
      const copyEqual =
        JSON.stringify(
          await tableDigests(ctx.adminPool, copy.tenant.schemaName, { tenantIdAs: tenant.id }),
        ) === JSON.stringify(before);

      out.figure('rows', 'rows in the tenant', rows, '');
      out.figure('tables', 'tables', backup.tables.length, '');
      out.figure('backup', 'backup (snapshot → gzip file)', backupS, 's');
      out.figure('size', 'backup size (gzip)', backup.bytes / 1024 / 1024, 'MiB');
      out.figure('restoreInPlace', 'restore in place', inPlaceS, 's');
      out.figure('restoreCopy', 'restore into a new tenant', copyS, 's');
      out.figure('restoreRate', 'restore rate (in place)', rows / inPlaceS, 'rows/s');
      const slowest = Math.max(inPlaceS, copyS);
      out.check({
        label: `restore a ${ROWS.toLocaleString('en-US')}-row tenant from its backup`,
        target: `≤ ${LIMIT_S} s (aim ≤ ${AIM_S} s)`,
        measured: `in place ${format(inPlaceS, 's')}, into a new tenant ${format(copyS, 's')}; backup ${format(backupS, 's')}`,
        pass: slowest <= LIMIT_S,
        kind: 'target',
      });
      out.check({
        label: 'restored tenants equal the source row for row',
        target: `every table's digest equal (${backup.tables.length} tables, ${rows} rows), copy with tenant_id rewritten`,
        measured:
          `in place ${inPlaceEqual ? 'equal' : 'DIFFERENT'} (${inPlace.rows} rows loaded), ` +
          `copy ${copyEqual ? 'equal' : 'DIFFERENT'} (${copy.rows} rows loaded)`,
        pass: inPlaceEqual && copyEqual && backup.rows === rows,
        kind: 'validity',
      });
      if (slowest > AIM_S) out.note(`Slower than the ${AIM_S} s aim: ${format(slowest, 's')}.`);
      progress.log(
        `restore: backup ${format(backupS, 's')}, in place ${format(inPlaceS, 's')}, copy ${format(copyS, 's')}`,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
};
