import cliProgress from 'cli-progress';
import type { ResealProgress, ResealReport } from '@dispatch/db';
import type { OutputStream } from '../io';
import type { Printer } from './printer';
import { render } from './tables';

export interface ResealProgressReporter {
  update(progress: ResealProgress): void;
  stop(): void;
}

export const resealProgressLine = (p: ResealProgress) =>
  `re-sealing: ${p.done}/${p.total} tenants checked, ${p.resealed} values re-sealed, ${p.failed} failed`;

/** A bar on a terminal; a plain line every `intervalMs` otherwise (and always the last state). */
export function resealProgressReporter(
  stream: OutputStream,
  options: { intervalMs?: number } = {},
): ResealProgressReporter {
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream: stream as NodeJS.WritableStream,
        format: 're-sealing [{bar}] {value}/{total} tenants | {resealed} re-sealed | {failed} failed',
        hideCursor: true,
      },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      update(p) {
        if (!started) bar.start(p.total, p.done, p);
        else bar.update(p.done, p);
        started = true;
      },
      stop() {
        if (started) bar.stop();
        started = false;
      },
    };
  }
  const intervalMs = options.intervalMs ?? 2000;
  let last: ResealProgress | undefined;
  let printed: ResealProgress | undefined;
  let printedAt = -Infinity;
  const print = (p: ResealProgress) => {
    stream.write(`${resealProgressLine(p)}\n`);
    printed = p;
    printedAt = Date.now();
  };
  return {
    update(p) {
      last = p;
      if (Date.now() - printedAt >= intervalMs) print(p);
    },
    stop() {
      if (last && last !== printed) print(last);
    },
  };
}

/** One row per store and key id, then failures, then one sentence that says whether the run is finished. */
export function printResealSummary(out: Printer, report: ResealReport): void {
  const rows = report.counts.map((count) => [
    count.store,
    count.keyId === report.currentKeyId ? `${count.keyId} (current)` : count.keyId,
    String(count.found),
    String(count.resealed),
    String(count.failed),
  ]);
  if (rows.length) out.line(render(['Store', 'Key id', 'Found', 'Re-sealed', 'Failed'], rows, out.tty));
  if (report.failures.length) {
    out.line(
      render(
        ['Tenant', 'Store', 'Row', 'Error'],
        report.failures.map((f) => [f.tenantSlug, f.store, f.row, f.error]),
        out.tty,
      ),
    );
  }
  const resealed = report.counts.reduce((sum, count) => sum + count.resealed, 0);
  out.line(
    `Re-sealed ${resealed} values under key ${report.currentKeyId}; ${report.done} of ${report.total} tenants ` +
      `checked in ${report.batches} batches, ${report.failures.length} failed.`,
  );
  if (report.interrupted) out.line('Stopped early: run the same command again to continue.');
}
