import cliProgress from 'cli-progress';
import type { MigrationProgress } from '../clients/platform-client';
import type { OutputStream } from '../io';

export interface ProgressReporter {
  update(progress: MigrationProgress): void;
  /** Final state; call once, whether the run finished or not. */
  stop(): void;
}

/** A bar on a terminal; periodic plain lines (`migrated 120/1000 (2 failed)`) for logs and pipes. */
export function progressReporter(
  stream: OutputStream,
  options: { intervalMs?: number } = {},
): ProgressReporter {
  return stream.isTTY ? barReporter(stream) : lineReporter(stream, options.intervalMs ?? 2000);
}

export const progressLine = ({ done, total, failed }: MigrationProgress) =>
  `migrated ${done}/${total} (${failed} failed)`;

export function lineReporter(stream: OutputStream, intervalMs: number, now = Date.now): ProgressReporter {
  let last: MigrationProgress | undefined;
  let printed: MigrationProgress | undefined;
  let printedAt = -Infinity;
  const print = (progress: MigrationProgress) => {
    stream.write(`${progressLine(progress)}\n`);
    printed = progress;
    printedAt = now();
  };
  return {
    update(progress) {
      last = progress;
      if (progress.done === progress.total || now() - printedAt >= intervalMs) print(progress);
    },
    stop() {
      if (last && last !== printed) print(last);
    },
  };
}

function barReporter(stream: OutputStream): ProgressReporter {
  const bar = new cliProgress.SingleBar(
    {
      // cli-progress drives the terminal itself (cursor moves, line clears), so it needs the real stream.
      stream: stream as NodeJS.WritableStream,
      format: 'migrating [{bar}] {value}/{total} tenants | {failed} failed | ETA {eta_formatted}',
      hideCursor: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update({ done, total, failed }) {
      if (!started) {
        bar.start(total, done, { failed });
        started = true;
        return;
      }
      if (bar.getTotal() !== total) bar.setTotal(total);
      bar.update(done, { failed });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
