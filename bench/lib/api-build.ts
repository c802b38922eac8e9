import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Progress } from './progress';
import { REPO_ROOT } from './settings';

const run = promisify(execFile);

/**
 * The API as production runs it (apps/api/Dockerfile, the chart): the esbuild bundle of the API's own build
 * script (`scripts/build-node-app.mjs`), started as `node main.js`, with no tsx loader in the process.
 *
 * Built once per bench run, always (a second or two: whether an earlier bundle matches every workspace source
 * and lockfile cannot be told cheaply), into a folder of the run's own under `apps/api/node_modules/.cache`
 * rather than `apps/api/dist`: the production-build test rebuilds (removes) `dist` and runs beside the bench's
 * tiny-scale test in `npm test`. The bundle resolves its npm packages from `apps/api/node_modules`, as from
 * `dist`.
 */
export interface ApiBuild {
  /** Absolute path of the bundle's entry (`main.js`). */
  entry: string;
  remove(): Promise<void>;
}

export async function buildApi(progress: Progress): Promise<ApiBuild> {
  const cache = join(REPO_ROOT, 'apps/api/node_modules/.cache');
  await mkdir(cache, { recursive: true });
  const outDir = await mkdtemp(join(cache, 'bench-api-'));
  progress.log('building the API as production runs it (scripts/build-node-app.mjs apps/api)');
  try {
    const { stdout } = await run(
      process.execPath,
      ['scripts/build-node-app.mjs', 'apps/api', '--outdir', outDir],
      { cwd: REPO_ROOT, timeout: 120_000 },
    );
    progress.log(`built ${stdout.trim()}`);
  } catch (error) {
    await rm(outDir, { recursive: true, force: true });
    const { stderr } = error as { stderr?: string };
    throw new Error(`the API build failed:\n${stderr ?? String(error)}`);
  }
  return {
    entry: join(outDir, 'main.js'),
    remove: () => rm(outDir, { recursive: true, force: true }),
  };
}
