import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { BenchContext } from './context';
import { productionNodeOptions } from './api-process';
import { apiProcessPids } from './cpu';
import type { BaselineKind } from './baseline-routes';
import type { RunningServer } from './servers';
import { REPO_ROOT } from './settings';

const TSX = import.meta.resolve('tsx');
const ENTRY = new URL('./baseline-main.ts', import.meta.url).pathname;

/**
 * A baseline server in a process of its own, started with the Node flags production gives the API (the chart's
 * `api.nodeOptions`): the API runs that way too (`spawnApi`), so both sides of a ratio have a process and a heap
 * configuration alike, and neither shares its event loop with the benchmark's own work. Its CPU counts as the
 * server's.
 */
export async function spawnBaseline(
  ctx: Pick<BenchContext, 'apiConfig' | 'database'>,
  kind: BaselineKind,
  applicationName: string,
): Promise<RunningServer> {
  const { poolMax, poolMaxLifetimeSeconds } = ctx.apiConfig.db;
  const child = spawn(process.execPath, ['--import', TSX, ENTRY], {
    cwd: REPO_ROOT,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      NODE_OPTIONS: await productionNodeOptions(),
      BENCH_BASELINE: kind,
      DATABASE_URL: ctx.database.appUrl,
      DATABASE_POOL_MAX: String(poolMax),
      DATABASE_POOL_MAX_LIFETIME_SECONDS: String(poolMaxLifetimeSeconds),
      APPLICATION_NAME: applicationName,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  apiProcessPids.add(child.pid!);
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => (errors = (errors + chunk.toString()).slice(-4000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => apiProcessPids.delete(child.pid!));
  const port = await new Promise<number>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => resolve((JSON.parse(line) as { port: number }).port));
    void exited.then(() => reject(new Error(`baseline ${kind} exited during start:\n${errors}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
