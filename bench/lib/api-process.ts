import { spawn, type ChildProcess } from 'node:child_process';
import { openSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createServer } from 'node:net';
import type { BenchContext } from './context';
import { apiProcessPids } from './cpu';
import { REPO_ROOT } from './settings';

/**
 * The API as a replica or a pod runs it: its production bundle (`ctx.apiBuild()`, `node main.js`, no tsx) in a
 * child process with the benchmark's production environment (`ctx.apiEnv`) and the Node flags production gives it
 * (`NODE_OPTIONS` from the chart's `api.nodeOptions`). With `API_PROCESSES` > 1 it is a
 * node:cluster primary whose workers run the same bundle. Its log goes to /dev/null (formatted as production
 * does).
 */
export interface ApiProcess {
  url: string;
  port: number;
  child: ChildProcess;
  /** The primary and its workers. */
  pids(): Promise<number[]>;
  /** Resident memory now and at its peak (VmHWM), summed over the processes, KiB. */
  memory(): Promise<{ rssKiB: number; peakKiB: number }>;
  /** V8 heap in use and reserved, KiB, from the API's own metrics (summed over workers by the primary). */
  heap(): Promise<{ usedKiB: number; totalKiB: number }>;
  /** SIGTERM: readiness 503, drain, close; resolves on exit. */
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function childrenOf(pid: number): Promise<number[]> {
  const text = await readFile(`/proc/${pid}/task/${pid}/children`, 'utf8').catch(() => '');
  return text.split(' ').filter(Boolean).map(Number);
}

async function memoryOf(pid: number): Promise<{ rssKiB: number; peakKiB: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
  return { rssKiB: field('VmRSS'), peakKiB: field('VmHWM') };
}

/** `api.nodeOptions` of the chart's values: what production sets NODE_OPTIONS to. */
export async function productionNodeOptions(): Promise<string> {
  const values = await readFile(join(REPO_ROOT, 'charts/dispatch/values.yaml'), 'utf8');
  const match = /^ {2}nodeOptions: (['"])([^'"]*)\1$/m.exec(values);
  if (!match) throw new Error('charts/dispatch/values.yaml has no api.nodeOptions');
  return match[2]!;
}

/** BENCH_API_EXTRA_ENV's `NAME=value` pairs, separated by spaces. */
function extraApiEnv(): Record<string, string> {
  const pairs = (process.env.BENCH_API_EXTRA_ENV ?? '').split(' ').filter(Boolean);
  return Object.fromEntries(
    pairs.map((pair) => {
      const [name, ...value] = pair.split('=');
      return [name, value.join('=')];
    }),
  );
}

export async function spawnApi(
  ctx: Pick<BenchContext, 'apiEnv' | 'apiBuild'>,
  env: Record<string, string> = {},
): Promise<ApiProcess> {
  const { apiEnv } = ctx;
  const { entry } = await ctx.apiBuild();
  const port = await freePort();
  const metricsPort = env.METRICS_PORT ?? String(await freePort());
  // BENCH_API_NODE_ARGS (say `--cpu-prof --cpu-prof-dir=/tmp/prof`) profiles the API as the scenario runs it;
  // BENCH_API_EXTRA_ENV (`NAME=value NAME=value`) adds settings (A/B of one setting, say DATABASE_NAMED_STATEMENTS);
  // BENCH_API_OUTPUT names a file for its stdout (its log, and what `--trace-gc` prints) instead of /dev/null.
  const output = process.env.BENCH_API_OUTPUT ? openSync(process.env.BENCH_API_OUTPUT, 'a') : 'ignore';
  const nodeArgs = (process.env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const nodeOptions = await productionNodeOptions();
  const child = spawn(process.execPath, [...nodeArgs, entry], {
    cwd: REPO_ROOT,
    env: {
      PATH: process.env.PATH,
      ...apiEnv,
      // The heap flags production runs the API with (the chart's api.nodeOptions, the image's CMD).
      NODE_OPTIONS: nodeOptions,
      PORT: String(port),
      METRICS_PORT: metricsPort,
      ...extraApiEnv(),
      ...env,
    },
    stdio: ['ignore', output, 'pipe'],
  });
  apiProcessPids.add(child.pid!);
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => (errors = (errors + chunk.toString()).slice(-4000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => apiProcessPids.delete(child.pid!));
  const url = `http://127.0.0.1:${port}`;
  const processes = Number(env.API_PROCESSES ?? apiEnv.API_PROCESSES ?? 1);
  const deadline = Date.now() + 90_000;
  // Ready when every worker answers: with several, a few probes on fresh connections reach each of them.
  for (let answered = 0; answered < processes * 3;) {
    if (child.exitCode !== null) throw new Error(`API process exited during start:\n${errors}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`API process did not start within 90 s:\n${errors}`);
    }
    const ok = await fetch(`${url}/api/ready`, { headers: { connection: 'close' } }).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) answered += 1;
    else await sleep(200);
  }
  const pids = async () => [child.pid!, ...(await childrenOf(child.pid!))];
  return {
    url,
    port,
    child,
    pids,
    async memory() {
      const all = await Promise.all((await pids()).map(memoryOf));
      return all.reduce((sum, m) => ({ rssKiB: sum.rssKiB + m.rssKiB, peakKiB: sum.peakKiB + m.peakKiB }), {
        rssKiB: 0,
        peakKiB: 0,
      });
    },
    async heap() {
      const text = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
      const kib = (name: string) => Number(new RegExp(`^${name} (\\S+)`, 'm').exec(text)?.[1] ?? NaN) / 1024;
      return { usedKiB: kib('nodejs_heap_size_used_bytes'), totalKiB: kib('nodejs_heap_size_total_bytes') };
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
