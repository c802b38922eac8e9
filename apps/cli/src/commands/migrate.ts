import { Command, InvalidArgumentError } from 'commander';
import { MAX_DIRECT_CONCURRENCY } from '../clients/direct-client';
import { printMigrationSummary } from '../output/migration-summary';
import { progressReporter } from '../output/progress';
import { migrationStatusTable } from '../output/tables';
import { action, type CliRun, type CommandContext } from './command-context';

function concurrency(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > MAX_DIRECT_CONCURRENCY) {
    throw new InvalidArgumentError(`must be a whole number from 1 to ${MAX_DIRECT_CONCURRENCY}`);
  }
  return n;
}

async function runMigrations(
  ctx: CommandContext,
  opts: { tenant?: string; concurrency?: number },
): Promise<number> {
  if (opts.concurrency && ctx.client.mode === 'api') {
    ctx.out.note('note: --concurrency applies to direct mode only; the API picks its own');
  }
  const controller = new AbortController();
  const release = ctx.io.trapInterrupt(() => {
    ctx.out.note(
      ctx.client.mode === 'api'
        ? '\nStopping: the run continues on the server.'
        : '\nStopping after the tenants in flight (Ctrl-C again quits at once; a re-run continues).',
    );
    controller.abort();
  });
  const progress = progressReporter(ctx.out.stderr, { intervalMs: ctx.options.progressIntervalMs });
  try {
    const report = await ctx.client.migrateTenants({
      tenantSlug: opts.tenant,
      concurrency: opts.concurrency,
      signal: controller.signal,
      onProgress: (state) => progress.update(state),
    });
    progress.stop();
    if (ctx.out.json) ctx.out.data(report);
    else printMigrationSummary(ctx.out, report);
    if (report.failed.length > 0) return 1;
    return report.interrupted ? 130 : 0;
  } finally {
    progress.stop();
    release();
  }
}

async function showStatus(ctx: CommandContext, opts: { all?: boolean }): Promise<void> {
  const status = await ctx.client.migrationStatus();
  if (ctx.out.json) return ctx.out.data(status);
  const behind = status.tenants.filter((tenant) => tenant.pending > 0);
  ctx.out.line(`Latest template version: ${status.latestVersion ?? '(no templates)'}`);
  ctx.out.line(
    `${status.tenants.length - behind.length} of ${status.tenants.length} tenants up to date, ${behind.length} with pending migrations.`,
  );
  const rows = opts.all ? status.tenants : behind;
  if (rows.length) ctx.out.line(migrationStatusTable(rows, ctx.out.tty));
  const run = status.lastRun;
  if (run) {
    const failed = Array.isArray(run.failed) ? run.failed.length : 0;
    ctx.out.line(
      `Last run: ${String(run.status)}, ${String(run.done)}/${String(run.total)} done, ` +
        `${String(run.migrated)} migrated, ${failed} failed (started ${String(run.startedAt)}).`,
    );
  }
}

export function migrateCommand(run: CliRun): Command {
  const migrate = new Command('migrate')
    .description(
      'apply pending tenant-template migrations to every live tenant (resumable: Ctrl-C, then re-run)',
    )
    .option('--tenant <slug>', 'only this tenant')
    .option('--concurrency <n>', 'tenants migrated at once (direct mode)', concurrency)
    .action(
      action<{ tenant?: string; concurrency?: number }>(run, (ctx, { opts }) => runMigrations(ctx, opts)),
    );

  migrate
    .command('status')
    .description('latest template version and the tenants still behind it')
    .option('--all', 'list every tenant, not only those behind')
    .action(action<{ all?: boolean }>(run, (ctx, { opts }) => showStatus(ctx, opts)));

  return migrate;
}
