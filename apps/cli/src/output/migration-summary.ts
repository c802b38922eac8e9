import type { MigrationReport } from '../clients/platform-client';
import type { Printer } from './printer';
import { failuresTable } from './tables';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** What happened, which tenants failed and why, and what to do next. */
export function printMigrationSummary(out: Printer, report: MigrationReport): void {
  if (report.detached) {
    out.line(`Stopped watching at ${report.done}/${report.total}; the run goes on on the server.`);
    out.line('Follow it with `dispatch-admin migrate status`.');
    return;
  }
  if (report.total === 0) {
    out.line('No live tenants to migrate.');
    return;
  }
  const upToDate = report.done - report.migrated - report.failed.length;
  out.line(
    `Migrated ${plural(report.migrated, 'tenant')}, ${upToDate} already up to date, ` +
      `${report.failed.length} failed (of ${report.total}).`,
  );
  if (report.failed.length > 0) {
    out.line(failuresTable(report.failed, out.tty));
    out.line('Fix the cause and run `dispatch-admin migrate` again: migrated tenants are skipped.');
  }
  if (report.interrupted) {
    out.line(
      `Interrupted: ${plural(report.total - report.done, 'tenant')} not attempted; ` +
        'run `dispatch-admin migrate` again to continue.',
    );
  }
}
