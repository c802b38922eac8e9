import { describe, expect, it } from 'vitest';
import { lineReporter } from './progress';

function collect() {
  const lines: string[] = [];
  return { lines, stream: { write: (chunk: string) => lines.push(chunk.trimEnd()) } };
}

describe('plain progress lines', () => {
  it('prints at most once per interval, always the final count, and the last state on stop', () => {
    let now = 0;
    const { lines, stream } = collect();
    const progress = lineReporter(stream, 1000, () => now);
    progress.update({ done: 1, total: 1000, failed: 0 });
    now = 500;
    progress.update({ done: 2, total: 1000, failed: 1 });
    now = 1000;
    progress.update({ done: 120, total: 1000, failed: 2 });
    now = 1100;
    progress.update({ done: 130, total: 1000, failed: 2 });
    progress.stop();
    expect(lines).toEqual([
      'migrated 1/1000 (0 failed)',
      'migrated 120/1000 (2 failed)',
      'migrated 130/1000 (2 failed)',
    ]);
  });

  it('does not repeat the final line on stop', () => {
    const { lines, stream } = collect();
    const progress = lineReporter(stream, 60_000, () => 0);
    progress.update({ done: 3, total: 3, failed: 0 });
    progress.stop();
    expect(lines).toEqual(['migrated 3/3 (0 failed)']);
  });
});
