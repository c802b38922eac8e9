import type { Command } from 'commander';
import { CliError } from '../errors';
import { invocationPath } from '../context';
import type { BackupSummary, RestoreSummary } from '../clients/platform-client';
import { copyProgressReporter } from '../output/copy-progress';
import { backupRunsTable, copiedTablesTable, humanBytes, type BackupRunRow } from '../output/tables';
import { action, type CliRun, type CommandContext } from './command-context';

const seconds = (ms: number) => (ms / 1000).toFixed(1);

/** A relative folder or file means the directory the command was typed in; URLs pass through. */
const destination = (ctx: CommandContext, value?: string) =>
  value && !/^[a-z][a-z0-9+.-]*:/i.test(value) ? invocationPath(ctx.io.env, value) : value;

async function backupOne(ctx: CommandContext, slug: string, to?: string): Promise<BackupSummary> {
  const progress = copyProgressReporter(ctx.out.stderr, 'backing up', slug, {
    intervalMs: ctx.options.progressIntervalMs,
  });
  try {
    return await ctx.client.backupTenant(slug, { to, onProgress: (state) => progress.update(state) });
  } finally {
    progress.stop();
  }
}

function printBackup(ctx: CommandContext, summary: BackupSummary): void {
  ctx.out.line(copiedTablesTable(summary.tables, ctx.out.tty));
  ctx.out.line(
    `Backed up ${summary.slug}: ${summary.rows.toLocaleString('en-US')} rows in ${summary.tables.length} tables, ` +
      `${humanBytes(summary.bytes)}, ${seconds(summary.durationMs)} s (template ${summary.templateVersion ?? 'none'}).`,
  );
  ctx.out.line(`Backup: ${summary.location}`);
}

/** Several tenants (every live one with --all), one after another; a failure is reported, the others carry on. */
async function backupMany(ctx: CommandContext, slugs: string[] | 'all', to?: string): Promise<number> {
  const live =
    slugs === 'all'
      ? (await ctx.client.listTenants({ includeDeleted: false }))
          .filter((tenant) => tenant.status !== 'offboarding')
          .map((tenant) => tenant.slug)
      : slugs;
  const runs: BackupRunRow[] = [];
  const results: (BackupSummary | { slug: string; error: string })[] = [];
  for (const slug of live) {
    try {
      const summary = await backupOne(ctx, slug, to);
      results.push(summary);
      runs.push({
        slug: summary.slug,
        tables: String(summary.tables.length),
        rows: summary.rows.toLocaleString('en-US'),
        size: humanBytes(summary.bytes),
        seconds: seconds(summary.durationMs),
        result: summary.location,
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      results.push({ slug, error: message });
      runs.push({
        slug,
        tables: '',
        rows: '',
        size: '',
        seconds: '',
        result: `FAILED: ${message}`,
      });
    }
  }
  const failed = results.filter((result) => 'error' in result).length;
  if (ctx.out.json) ctx.out.data(results);
  else {
    if (runs.length) ctx.out.line(backupRunsTable(runs, ctx.out.tty));
    ctx.out.line(`Backed up ${live.length - failed} of ${live.length} tenants, ${failed} failed.`);
  }
  return failed > 0 ? 1 : 0;
}

async function confirmRestore(ctx: CommandContext, slug: string): Promise<void> {
  if (!ctx.io.prompt) {
    throw new CliError(
      `tenant ${slug} exists: restoring replaces all its data with the backup's; pass --yes to do so`,
    );
  }
  const answer = await ctx.io.prompt(
    `This replaces every row of tenant ${slug} with the backup's. Type the slug to confirm: `,
  );
  if (answer.trim() !== slug) throw new CliError('not restored: the confirmation did not match the slug');
}

async function targetExists(ctx: CommandContext, slug: string): Promise<boolean> {
  const tenants = await ctx.client.listTenants({ includeDeleted: false });
  return tenants.some((tenant) => tenant.slug === slug);
}

function printRestore(ctx: CommandContext, summary: RestoreSummary): void {
  ctx.out.line(copiedTablesTable(summary.tables, ctx.out.tty));
  const how = summary.created ? 'as a new tenant' : 'in place';
  ctx.out.line(
    `Restored ${summary.slug} ${how}: ${summary.rows.toLocaleString('en-US')} rows in ${summary.tables.length} ` +
      `tables, ${summary.sequences} sequences, ${seconds(summary.durationMs)} s.`,
  );
  ctx.out.line(
    `From: ${summary.location} (backup of ${summary.source.slug}, taken ${summary.source.takenAt}).`,
  );
  ctx.out.line(
    `Templates: rebuilt at ${summary.backupVersion ?? 'none'}` +
      (summary.migrated.length ? `, then migrated: ${summary.migrated.join(', ')}.` : '; already current.'),
  );
  ctx.out.line(
    summary.queueRebuildRequested
      ? 'Dispatch queue: the reconciler was asked to rebuild it from Postgres now.'
      : "Dispatch queue: rebuilt from Postgres by the reconciler's next full pass (within 5 minutes); " +
          'set REDIS_URL to request it at once.',
  );
}

export function addBackupCommands(tenants: Command, run: CliRun): void {
  tenants
    .command('backup')
    .description("write one consistent snapshot of each tenant's schema and registry row")
    .argument('[slugs...]', 'the tenants to back up')
    .option('--all', 'back up every live tenant, one after another (what the CronJob runs)')
    .option(
      '--to <destination>',
      'backup folder (default TENANT_EXPORT_DIR, else .data/exports); files go to backups/<slug>/',
    )
    .action(
      action<{ all?: boolean; to?: string }>(
        run,
        async (ctx, { args, opts }) => {
          // A variadic argument arrives as one array.
          const slugs = (args as unknown as string[][])[0] ?? [];
          if (slugs.length > 0 === Boolean(opts.all)) {
            throw new CliError('name the tenants to back up, or pass --all (not both)');
          }
          const to = destination(ctx, opts.to);
          if (opts.all || slugs.length > 1) return backupMany(ctx, opts.all ? 'all' : slugs, to);
          const summary = await backupOne(ctx, slugs[0]!, to);
          if (ctx.out.json) return ctx.out.data(summary);
          printBackup(ctx, summary);
        },
        { directOnly: true },
      ),
    );

  tenants
    .command('restore')
    .description('restore a tenant from a backup, in place or into a new tenant, in one transaction')
    .argument('<slug>', 'the tenant whose backup to restore')
    .option(
      '--from <file-or-folder>',
      'a backup file, or a folder to take the newest backup of <slug> from (default TENANT_EXPORT_DIR)',
    )
    .option('--into <new-slug>', 'restore into this tenant instead (created; tenant_id rewritten)')
    .option('--yes', 'replace the data of a tenant that exists without asking')
    .action(
      action<{ from?: string; into?: string; yes?: boolean }>(
        run,
        async (ctx, { args: [slug], opts }) => {
          const target = opts.into ?? slug!;
          // Asked before the file is read; the restore itself refuses again inside its transaction.
          let confirmed = Boolean(opts.yes);
          if (!confirmed && (await targetExists(ctx, target))) {
            await confirmRestore(ctx, target);
            confirmed = true;
          }
          const progress = copyProgressReporter(ctx.out.stderr, 'restoring', target, {
            intervalMs: ctx.options.progressIntervalMs,
          });
          let summary: RestoreSummary;
          try {
            summary = await ctx.client.restoreTenant({
              slug: slug!,
              from:
                opts.from && !opts.from.startsWith('file:')
                  ? invocationPath(ctx.io.env, opts.from)
                  : opts.from,
              into: opts.into,
              replace: confirmed,
              onProgress: (state) => progress.update(state),
            });
          } finally {
            progress.stop();
          }
          if (ctx.out.json) return ctx.out.data(summary);
          printRestore(ctx, summary);
        },
        { directOnly: true },
      ),
    );
}
