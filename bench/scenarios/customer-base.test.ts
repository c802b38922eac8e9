/**
 * The customer-base scenarios at a tiny scale, so they cannot rot: each runs against real Postgres, Redis and
 * API processes and must produce its figures with zero failed requests. No timing is asserted (figures come
 * from `pnpm bench` only).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openContext, type BenchContext, type Scenario } from '../lib/context';
import { Progress } from '../lib/progress';
import { ScenarioRecorder } from '../lib/results';
import { readSettings } from '../lib/settings';
import { apiProcesses } from './api-processes';
import { b1Page } from './b1-page';
import { backendMemory } from './backend-memory';
import { nominal, nominal3x } from './nominal';
import { rollingRestart } from './rolling-restart';

let ctx: BenchContext;
let close: () => Promise<void>;
beforeAll(async () => {
  const settings = readSettings({
    BENCH_DURATION_S: '1',
    BENCH_WARMUP_S: '0',
    BENCH_SCALE_WARMUP_S: '0',
    BENCH_CONNECTIONS: '4',
    BENCH_TENANTS: '14',
    BENCH_READ_TENANTS: '2',
    BENCH_NOMINAL_USERS: '12',
    BENCH_NOMINAL_TENANTS: '2',
    BENCH_NOMINAL_SOCKETS: '4',
    BENCH_THINK_MS: '200',
    BENCH_NOMINAL_S: '2',
    BENCH_NOMINAL_WARMUP_S: '1',
    BENCH_QUIET_WAIT_S: '0',
    BENCH_API_LOG_LEVEL: 'warn',
  });
  ({ ctx, close } = await openContext(settings, new Progress()));
}, 120_000);
afterAll(() => close?.());

async function run(scenario: Scenario): Promise<ScenarioRecorder> {
  const out = new ScenarioRecorder();
  await scenario.run(ctx, out);
  ctx.results.add({
    id: scenario.id,
    title: scenario.title,
    method: scenario.method,
    status: 'ok',
    elapsedS: 0,
    figures: out.figures,
    checks: out.checks,
    notes: out.notes,
    cpu: out.cpu,
  });
  return out;
}

const figure = (out: ScenarioRecorder, key: string) => out.figures.find((entry) => entry.key === key)?.value;
const validity = (out: ScenarioRecorder) => out.checks.filter((check) => check.kind === 'validity');

describe('customer-base bench scenarios at tiny scale', () => {
  it('B1′ serves the 10-row page', async () => {
    const out = await run(b1Page);
    expect(figure(out, 'rps')).toBeGreaterThan(0);
    expect(validity(out).every((check) => check.pass)).toBe(true);
  }, 120_000);

  it('one and two API processes both serve the read mix', async () => {
    const out = await run(apiProcesses);
    expect(figure(out, 'rps')).toBeGreaterThan(0);
    expect(figure(out, 'twoRps')).toBeGreaterThan(0);
    expect(validity(out).every((check) => check.pass)).toBe(true);
  }, 300_000);

  for (const scenario of [nominal, nominal3x]) {
    it(`${scenario.id}: every operation answered 2xx, events reach the sockets, memory sampled`, async () => {
      const out = await run(scenario);
      expect(figure(out, 'failed')).toBe(0);
      expect(figure(out, 'requests')).toBeGreaterThan(0);
      expect(figure(out, 'p95')).toEqual(expect.any(Number));
      expect(figure(out, 'listWorkOrdersRequests')).toBeGreaterThan(0);
      expect(figure(out, 'eventDeliveries')).toBeGreaterThan(0);
      expect(figure(out, 'rssPeak')).toBeGreaterThan(0);
      expect(figure(out, 'heapUsedPeak')).toBeGreaterThan(0);
      // Second by second: the worst recorded second is one of them, and no better than their median.
      expect(figure(out, 'worstSecondAt')).toBeGreaterThanOrEqual(1);
      expect(figure(out, 'worstSecondP95')).toBeGreaterThanOrEqual(figure(out, 'secondP95Median')!);
      expect(validity(out).every((check) => check.pass)).toBe(true);
    }, 300_000);
  }

  it('rolling restart: both replicas replaced under load without a failed request', async () => {
    const out = await run(rollingRestart);
    expect(figure(out, 'requests')).toBeGreaterThan(0);
    expect(figure(out, 'failed')).toBe(0);
    expect(figure(out, 'restartS')).toBeGreaterThan(0);
  }, 300_000);

  it('backend memory is read before and after reading across every tenant', async () => {
    const out = await run(backendMemory);
    expect(figure(out, 'fewPrivatePerBackend')).toBeGreaterThan(0);
    expect(figure(out, 'allPrivatePerBackend')).toBeGreaterThan(0);
    expect(validity(out).every((check) => check.pass)).toBe(true);
  }, 300_000);
});
