import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePort } from '@dispatch/local-services';
import { stringify } from 'yaml';
import { requireBinary } from './tools';

export interface ScrapeTarget {
  job: string;
  /** host:port of a /metrics endpoint */
  address: string;
  /** Extra labels on every series of the target (what Kubernetes service discovery would add). */
  labels?: Record<string, string>;
}

export interface PromResult {
  status: 'success' | 'error';
  error?: string;
  data?: { resultType: string; result: Array<{ metric: Record<string, string>; value: [number, string] }> };
}

export interface RunningPrometheus {
  url: string;
  /** An instant query through the HTTP API (`/api/v1/query`); errors come back as `status: 'error'`. */
  query(expr: string): Promise<PromResult>;
  /** Label values, as Grafana's `label_values()` variables ask for them. */
  labelValues(label: string, match: string): Promise<string[]>;
  /** Resolves once every target has been scraped successfully at least `scrapes` times. */
  waitForScrapes(scrapes?: number): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts the real Prometheus server (Debian's `prometheus` package) on a free loopback port with its data in a
 * temporary folder, scraping the given targets every second.
 */
export async function startPrometheus(targets: ScrapeTarget[]): Promise<RunningPrometheus> {
  const binary = requireBinary('prometheus', 'prometheus');
  const dir = await mkdtemp(join(tmpdir(), 'prometheus-'));
  const port = await findFreePort();
  const config = {
    global: { scrape_interval: '1s', scrape_timeout: '1s', evaluation_interval: '1s' },
    scrape_configs: targets.map((target, index) => ({
      job_name: `${target.job}-${index}`,
      // honor_labels keeps a stand-in exporter's own namespace/pod labels, as kube-state-metrics' are kept.
      honor_labels: true,
      static_configs: [{ targets: [target.address], labels: { job: target.job, ...target.labels } }],
    })),
  };
  await writeFile(join(dir, 'prometheus.yml'), stringify(config));
  const child = spawn(
    binary,
    [
      `--config.file=${join(dir, 'prometheus.yml')}`,
      `--storage.tsdb.path=${join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--log.level=warn',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    await rm(dir, { recursive: true, force: true });
  };

  const getJson = async (path: string) => (await (await fetch(`${url}${path}`)).json()) as PromResult;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`prometheus exited at start:\n${stderr}`);
    }
    const ready = await fetch(`${url}/-/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`prometheus did not become ready:\n${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }

  return {
    url,
    query: (expr) => getJson(`/api/v1/query?query=${encodeURIComponent(expr)}`),
    async labelValues(label, match) {
      const result = (await getJson(
        `/api/v1/label/${label}/values?match[]=${encodeURIComponent(match)}`,
      )) as unknown as {
        data: string[];
      };
      return result.data;
    },
    async waitForScrapes(scrapes = 1) {
      const until = Date.now() + 30_000;
      for (;;) {
        // Successful scrapes per target (up is 1 for each): a slow scrape on a busy machine does not reset it.
        const result = await getJson(`/api/v1/query?query=${encodeURIComponent('sum_over_time(up[5m])')}`);
        const counts = result.data?.result ?? [];
        if (counts.length === targets.length && counts.every((r) => Number(r.value[1]) >= scrapes)) return;
        if (Date.now() > until)
          throw new Error(`targets not scraped ${scrapes} times: ${JSON.stringify(counts)}`);
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    },
    stop,
  };
}
