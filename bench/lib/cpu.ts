import { readdir, readFile } from 'node:fs/promises';
import os from 'node:os';

/** Where the machine's CPU went during a window, in cores (the machine has `cpus` of them). */
export interface CpuBreakdown {
  /** What the window covered, e.g. `measured HTTP run` or `whole scenario`. */
  window: string;
  seconds: number;
  cpus: number;
  /** This process: the server under test, the issuer, the orchestration. */
  bench: number;
  /** Child processes of this one (live, and those that exited and were reaped): the load generator. */
  loadGenerator: number;
  /** Live Postgres backends connected to this run's database. */
  postgres: number;
  /** Every other live Postgres process: background workers, other databases' sessions. */
  otherPostgres: number;
  /** Everything else, including processes that exited during the window (Postgres backends among them) and kernel time. */
  other: number;
  idle: number;
}

type Kind = 'bench' | 'loadGenerator' | 'postgres' | 'otherPostgres' | 'other';

/**
 * API child processes (api-process.ts) and their cluster workers: counted with this process as the server under
 * test, not as load generators.
 */
export const apiProcessPids = new Set<number>();

interface ProcessTimes {
  kind: Kind;
  /** utime + stime */
  own: number;
  /** cutime + cstime of this process: the load generators it has reaped. */
  children: number;
}

interface Sample {
  at: bigint;
  busy: number;
  all: number;
  processes: Map<number, ProcessTimes>;
}

async function readSample(databaseName: string): Promise<Sample> {
  const at = process.hrtime.bigint();
  const line = (await readFile('/proc/stat', 'utf8')).split('\n', 1)[0] ?? '';
  const [user, nice, system, idle, iowait, irq, softirq, steal] = line
    .trim()
    .split(/\s+/)
    .slice(1, 9)
    .map(Number);
  const busy = (user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0) + (steal ?? 0);
  const all = busy + (idle ?? 0) + (iowait ?? 0);
  const raw = new Map<number, { comm: string; ppid: number; own: number; children: number }>();
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = await readFile(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      raw.set(Number(entry), {
        comm: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')),
        ppid: Number(fields[1]),
        own: Number(fields[11]) + Number(fields[12]),
        children: Number(fields[13]) + Number(fields[14]),
      });
    } catch {
      // Exited between readdir and read.
    }
  }
  const processes = new Map<number, ProcessTimes>();
  for (const [pid, info] of raw) {
    let kind: Kind = 'other';
    if (pid === process.pid || apiProcessPids.has(pid) || apiProcessPids.has(info.ppid)) kind = 'bench';
    else if (info.ppid === process.pid) kind = 'loadGenerator';
    else if (info.comm === 'postgres') {
      const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
      kind = cmdline.replaceAll('\0', ' ').includes(` ${databaseName} `) ? 'postgres' : 'otherPostgres';
    }
    processes.set(pid, { kind, own: info.own, children: 0 });
  }
  // Load generators that exited were reaped by this process: their time is in our children counters.
  const self = raw.get(process.pid);
  if (self) processes.set(-1, { kind: 'loadGenerator', own: 0, children: self.children });
  return { at, busy, all, processes };
}

/**
 * Samples /proc at start and at stop and attributes CPU time to this process, its children, the Postgres
 * backends of this run's database, other Postgres processes, and the rest. Linux only; elsewhere `null`.
 */
export async function startCpuMeter(
  databaseName: string,
  window: string,
): Promise<{ stop(): Promise<CpuBreakdown | null> }> {
  const first = await readSample(databaseName).catch(() => null);
  return {
    async stop() {
      if (!first) return null;
      const last = await readSample(databaseName).catch(() => null);
      if (!last) return null;
      const seconds = Number(last.at - first.at) / 1e9;
      const spent: Record<Kind, number> = {
        bench: 0,
        loadGenerator: 0,
        postgres: 0,
        otherPostgres: 0,
        other: 0,
      };
      for (const [pid, times] of last.processes) {
        // A process born during the window started at zero.
        const before = first.processes.get(pid);
        spent[times.kind] += Math.max(0, times.own - (before?.own ?? 0));
        spent.loadGenerator += Math.max(0, times.children - (before?.children ?? 0));
      }
      const busy = last.busy - first.busy;
      const total = last.all - first.all;
      const attributed = spent.bench + spent.loadGenerator + spent.postgres + spent.otherPostgres;
      const cpus = os.availableParallelism();
      // Machine ticks over the window, in cores: each part is a share of the `cpus` cores.
      const cores = (ticks: number) => (total > 0 ? Math.min(cpus, (ticks / total) * cpus) : 0);
      return {
        window,
        seconds,
        cpus,
        bench: cores(spent.bench),
        loadGenerator: cores(spent.loadGenerator),
        postgres: cores(spent.postgres),
        otherPostgres: cores(spent.otherPostgres),
        other: cores(Math.max(0, busy - attributed)),
        idle: cores(Math.max(0, total - busy)),
      };
    },
  };
}

/**
 * Waits, in one-second samples and for at most `maxWaitS`, until work outside this run uses at most
 * `threshold` cores. The box may be shared; starting a scenario in a lull makes its figures less noisy.
 * Returns the seconds waited and the outside load of the last sample.
 */
export async function waitForQuiet(
  databaseName: string,
  maxWaitS: number,
  threshold = 0.15,
): Promise<{ waitedS: number; outsideCores: number | null }> {
  const started = Date.now();
  let outsideCores: number | null = null;
  for (;;) {
    const meter = await startCpuMeter(databaseName, 'quiet check');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const sample = await meter.stop();
    if (!sample) return { waitedS: 0, outsideCores: null };
    outsideCores = sample.other + sample.otherPostgres;
    const waitedS = (Date.now() - started) / 1000;
    if (outsideCores <= threshold || waitedS >= maxWaitS) return { waitedS, outsideCores };
  }
}
