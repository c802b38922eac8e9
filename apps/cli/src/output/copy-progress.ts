import cliProgress from 'cli-progress';
import type { CopyProgress } from '@dispatch/db';
import type { OutputStream } from '../io';

export interface CopyProgressReporter {
  update(progress: CopyProgress): void;
  /** Final state; safe to call more than once. */
  stop(): void;
}

export const copyProgressLine = (verb: string, slug: string, p: CopyProgress) =>
  `${verb} ${slug}: ${p.rows}/${p.totalRows} rows, table ${p.tableIndex}/${p.tables} ${p.table} ` +
  `(${p.tableRows}/${p.tableTotal})`;

/**
 * Rows copied so far: a bar on a terminal, a plain line every `intervalMs` otherwise (a CronJob's log), and
 * always the last state when the copy stops.
 */
export function copyProgressReporter(
  stream: OutputStream,
  verb: string,
  slug: string,
  options: { intervalMs?: number; now?: () => number } = {},
): CopyProgressReporter {
  if (stream.isTTY) return barReporter(stream, verb, slug);
  const now = options.now ?? Date.now;
  const intervalMs = options.intervalMs ?? 2000;
  let last: CopyProgress | undefined;
  let printed: CopyProgress | undefined;
  let printedAt = -Infinity;
  const print = (progress: CopyProgress) => {
    stream.write(`${copyProgressLine(verb, slug, progress)}\n`);
    printed = progress;
    printedAt = now();
  };
  return {
    update(progress) {
      last = progress;
      if (now() - printedAt >= intervalMs) print(progress);
    },
    stop() {
      if (last && last !== printed) print(last);
    },
  };
}

function barReporter(stream: OutputStream, verb: string, slug: string): CopyProgressReporter {
  const bar = new cliProgress.SingleBar(
    {
      stream: stream as NodeJS.WritableStream,
      format: `${verb} ${slug} [{bar}] {value}/{total} rows | table {index}/{tables} {table} | ETA {eta_formatted}`,
      hideCursor: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(p) {
      const payload = { index: p.tableIndex, tables: p.tables, table: p.table };
      if (!started) {
        bar.start(p.totalRows, p.rows, payload);
        started = true;
      } else bar.update(p.rows, payload);
    },
    stop() {
      if (started) bar.stop();
      started = false;
    },
  };
}
