import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

/**
 * The module borders (apps/api/.dependency-cruiser.mjs) hold in the API's code, and the rule set really catches
 * each kind of violation: it runs against a fixture tree with one of each (apps/api/test/borders-fixture).
 */

const API = join(dirname(fileURLToPath(import.meta.url)), '..');
const DEPCRUISE = join(API, '../../node_modules/.bin/depcruise');
const CONFIG = join(API, '.dependency-cruiser.mjs');

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

/** Cruises `src` under `root` with the API's rule set; depcruise exits non-zero when it finds violations. */
async function violations(root: string): Promise<string[]> {
  const run = promisify(execFile);
  const args = ['--config', CONFIG, '--output-type', 'json', 'src'];
  let stdout: string;
  try {
    ({ stdout } = await run(DEPCRUISE, args, { cwd: root, maxBuffer: 64 * 1024 * 1024 }));
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    if (!failed.stdout) throw new Error(`depcruise failed: ${failed.stderr ?? String(error)}`);
    stdout = failed.stdout;
  }
  const result = JSON.parse(stdout) as { summary: { violations: Violation[] } };
  return result.summary.violations.map(({ rule, from, to }) => `${rule.name}: ${from} → ${to}`).sort();
}

describe('module borders (dependency-cruiser)', () => {
  it('hold in apps/api/src', { timeout: 180_000 }, async () => {
    expect(await violations(API)).toEqual([]);
  });

  it('catch each kind of violation in a fixture tree, and only those', { timeout: 180_000 }, async () => {
    const found = await violations(join(API, 'test/borders-fixture'));
    expect(found).toEqual(
      [
        'index-exports-no-tables: src/modules/alpha/index.ts → src/modules/alpha/alpha.table.ts',
        'infrastructure-imports-no-module: src/plugins/widget.ts → src/modules/alpha/index.ts',
        'no-cycles: src/auth/loop-b.ts → src/http/loop-a.ts',
        'no-folder-cycles: src/auth → src/http',
        'no-folder-cycles: src/http → src/auth',
        'no-foreign-tables: src/modules/beta/beta.service.ts → src/modules/alpha/alpha.table.ts',
        'no-module-internals: src/modules/beta/beta.service.ts → src/modules/alpha/alpha.service.ts',
        'no-module-internals: src/modules/beta/beta.service.ts → src/modules/alpha/alpha.table.ts',
        'read-model-reads-tables-only: src/modules/reports/reports.service.ts → src/modules/alpha/alpha.service.ts',
      ].sort(),
    );
  });
});
