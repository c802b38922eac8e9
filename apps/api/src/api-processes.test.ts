import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useApiHarness } from './test/api-harness';
import { freePort, spawnReplica, type ReplicaProcess } from './test/realtime-support';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** PIDs of a process's direct children (the cluster workers of a primary). */
async function childrenOf(pid: number): Promise<number[]> {
  const text = await readFile(`/proc/${pid}/task/${pid}/children`, 'utf8').catch(() => '');
  return text.split(' ').filter(Boolean).map(Number);
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

const ctx = useApiHarness();
let api: ReplicaProcess;
let metricsPort: number;
beforeAll(async () => {
  metricsPort = await freePort();
  api = await spawnReplica(ctx.config, {
    API_PROCESSES: '2',
    METRICS_PORT: String(metricsPort),
    DATABASE_POOL_MAX: '2',
  });
}, 90_000);
afterAll(async () => {
  await api?.stop();
});

describe('API_PROCESSES=2 (node:cluster)', () => {
  it('runs two workers behind one port, replaces one that dies, and sums their metrics on the primary', async () => {
    const pid = api.child.pid!;
    const workers = await until('two workers', async () => {
      const list = await childrenOf(pid);
      return list.length === 2 ? list : undefined;
    });
    // Enough requests that round robin gives each worker some.
    for (let i = 0; i < 20; i++) {
      const response = await fetch(`http://127.0.0.1:${api.port}/api/health`, {
        headers: { connection: 'close' },
      });
      expect(response.status).toBe(200);
    }
    // Summed over both workers: every request counted once, whichever worker answered it. (Polled: the primary
    // answers 500 when a worker does not reply within prom-client's 5 s, which a loaded box can cause.)
    const served = await until('the summed request count', async () => {
      const response = await fetch(`http://127.0.0.1:${metricsPort}/metrics`);
      const body = await response.text();
      const line = /^http_requests_total\{method="GET",route="\/api\/health",status="200"\} (\d+)$/m.exec(
        body,
      );
      return line ? Number(line[1]) : undefined;
    });
    expect(served).toBeGreaterThanOrEqual(20);

    process.kill(workers[0]!, 'SIGKILL');
    const replaced = await until('a replacement worker', async () => {
      const list = await childrenOf(pid);
      return list.length === 2 && !list.includes(workers[0]!) ? list : undefined;
    });
    expect(replaced).toContain(workers[1]);
    await until('the replacement to answer', async () => {
      const statuses = await Promise.all(
        Array.from({ length: 6 }, () =>
          fetch(`http://127.0.0.1:${api.port}/api/ready`, { headers: { connection: 'close' } }).then(
            (response) => response.status,
            () => 0,
          ),
        ),
      );
      return statuses.every((status) => status === 200) ? true : undefined;
    });
  }, 60_000);

  it('on SIGTERM every worker drains and exits, then the primary exits 0', async () => {
    const pid = api.child.pid!;
    const workers = await childrenOf(pid);
    expect(workers).toHaveLength(2);
    const exit = new Promise<number | null>((resolve) => api.child.once('exit', (code) => resolve(code)));
    api.child.kill('SIGTERM');
    expect(await exit).toBe(0);
    for (const worker of workers) expect(() => process.kill(worker, 0)).toThrow();
    await expect(fetch(`http://127.0.0.1:${api.port}/api/health`)).rejects.toThrow();
  }, 60_000);
});
