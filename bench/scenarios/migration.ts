import { copyFile, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TENANT_TEMPLATES_DIR, createPool, migrateTenants, type MigrateTenantsReport } from '@dispatch/db';
import type { Scenario } from '../lib/context';
import { format } from '../lib/results';
import { elapsedMs } from '../lib/stats';
import { startCpuMeter } from '../lib/cpu';
import { ensureTenants } from '../lib/tenant-reads';

const LIMIT_S = 120;
const MIGRATION = '20990101000000_bench_add_column';
const MIGRATION_SQL = 'ALTER TABLE equipment_types ADD COLUMN bench_note text;\n';

function tally(report: MigrateTenantsReport) {
  const count = (status: string) => report.outcomes.filter((outcome) => outcome.status === status).length;
  return { migrated: count('migrated'), upToDate: count('up-to-date'), failed: count('failed') };
}

export const migration: Scenario = {
  id: 'migration',
  title: 'One tenant-template migration across every tenant',
  method:
    "A temporary templates directory holds the repository's `tenant-templates/` plus one new migration " +
    `(\`${MIGRATION}.sql\`: \`${MIGRATION_SQL.trim()}\`). \`migrateTenants\` applies it to every tenant, each ` +
    'in its own transaction (advisory lock, pending check, DDL, version record, registry update, audit), with ' +
    'bounded concurrency on a dedicated owner pool of that size. Then the same call again, which must find ' +
    'nothing to do. Finally the new column is counted in the catalog.',
  async run(ctx, out) {
    const { settings, progress } = ctx;
    const tenants = await ensureTenants(ctx, out, settings.tenants);
    const templatesDir = await mkdtemp(join(tmpdir(), 'dispatch-bench-templates-'));
    const pool = createPool(ctx.database.adminUrl, {
      max: settings.migrationConcurrency,
      applicationName: 'bench-migrate',
    });
    try {
      for (const name of await readdir(TENANT_TEMPLATES_DIR)) {
        if (name.endsWith('.sql')) await copyFile(join(TENANT_TEMPLATES_DIR, name), join(templatesDir, name));
      }
      await writeFile(join(templatesDir, `${MIGRATION}.sql`), MIGRATION_SQL);
      const options = {
        appRole: ctx.appRole,
        actor: 'bench',
        templatesDir,
        concurrency: settings.migrationConcurrency,
      };

      progress.log(`migrating ${tenants.length} tenants, concurrency ${settings.migrationConcurrency}`);
      // Measured here, not by the runner: the migration pool's backends must still be alive when it stops.
      const meter = await startCpuMeter(ctx.database.name, 'both migration runs');
      let started = process.hrtime.bigint();
      const first = await migrateTenants(pool, {
        ...options,
        onProgress: ({ done, total }) => progress.step('migrated', done, total, 100),
      });
      const firstS = elapsedMs(started) / 1000;
      const firstTally = tally(first);

      progress.log('re-running: nothing should be pending');
      started = process.hrtime.bigint();
      const second = await migrateTenants(pool, options);
      const secondS = elapsedMs(started) / 1000;
      const secondTally = tally(second);
      out.cpu = await meter.stop();

      const { rows } = await ctx.adminPool.query<{ count: number }>(
        `SELECT count(*)::int AS count FROM information_schema.columns
          WHERE table_name = 'equipment_types' AND column_name = 'bench_note' AND table_schema LIKE 'tenant\\_%'`,
      );
      const withColumn = rows[0]?.count ?? 0;

      out.figure('tenants', 'tenants migrated', firstTally.migrated, '');
      out.figure('total', 'apply across all tenants', firstS, 's');
      out.figure(
        'perTenant',
        'per tenant (wall time / tenants)',
        (firstS * 1000) / Math.max(1, first.total),
        'ms',
      );
      out.figure('rate', 'tenants per second', first.total / firstS, 'tenants/s');
      out.figure('noop', 're-run with nothing pending', secondS, 's');
      out.check({
        label: `one tenant-template migration across ${first.total} tenants`,
        target: `≤ ${LIMIT_S} s`,
        measured: `${format(firstS, 's')} at concurrency ${settings.migrationConcurrency}; no-op re-run ${format(secondS, 's')}`,
        pass: firstS <= LIMIT_S,
        kind: 'target',
      });
      out.check({
        label: 'every tenant migrated once, then up to date',
        target: `${first.total} migrated, 0 failed; re-run ${first.total} up to date; ${first.total} schemas have the column`,
        measured:
          `${firstTally.migrated} migrated, ${firstTally.failed} failed; re-run ${secondTally.upToDate} up to date, ` +
          `${secondTally.failed} failed; ${withColumn} schemas have the column`,
        pass:
          firstTally.migrated === first.total &&
          firstTally.failed === 0 &&
          secondTally.upToDate === second.total &&
          withColumn === first.total,
        kind: 'validity',
      });
      const failure = first.outcomes.find((outcome) => outcome.status === 'failed');
      if (failure?.status === 'failed') out.note(`First failure: ${failure.slug}: ${failure.error}`);
      out.note(
        'Resumability (interrupt, then re-run) is covered by the migrator tests and is not exercised here.',
      );
      progress.log(
        `migration: ${format(firstS, 's')} for ${first.total} tenants, no-op re-run ${format(secondS, 's')}`,
      );
    } finally {
      await pool.end();
      await rm(templatesDir, { recursive: true, force: true });
    }
  },
};
