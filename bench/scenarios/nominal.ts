import { spawnApi } from '../lib/api-process';
import type { Scenario } from '../lib/context';
import {
  CUSTOMER_MIX_DESCRIPTION,
  customers,
  recordCustomerLoad,
  runCustomerLoad,
} from '../lib/customer-base';
import { format } from '../lib/results';

interface Targets {
  p95Ms: number;
  p99Ms: number;
  /** Largest failed share, in percent (0: none at all). */
  maxFailedPercent: number;
  maxRssMiB?: number;
}

function customerBase(id: string, title: string, scale: number, targets: Targets): Scenario {
  return {
    id,
    title,
    method:
      'The API as production runs it (its production build, `node main.js` from `scripts/build-node-app.mjs`, ' +
      'built at the start of the run; one process, production configuration and the heap flags of the chart, ' +
      '`api.nodeOptions`) as a child process; ' +
      `${scale === 1 ? 'the nominal load' : `${scale}× the nominal load`} from spec/targets.md: ` +
      '`BENCH_NOMINAL_USERS` virtual users (1,000) over `BENCH_NOMINAL_TENANTS` tenants (50) with ' +
      '`BENCH_THINK_MS` of think time (5 s), and `BENCH_NOMINAL_SOCKETS` dispatcher sockets (200)' +
      `${scale === 1 ? '' : `, each multiplied by ${scale}`}, recorded for \`BENCH_NOMINAL_S\` (60 s) after ` +
      `\`BENCH_NOMINAL_WARMUP_S\` (15 s). ${CUSTOMER_MIX_DESCRIPTION} The API's resident memory (primary ` +
      'VmRSS from /proc) is sampled once a second while recording; the peak is reported, beside the peaks of its ' +
      'V8 heap (in use and reserved, from its metrics endpoint every 5 s).',
    async run(ctx, out) {
      const { nominal } = ctx.settings;
      const api = await spawnApi(ctx, { API_PROCESSES: '1' });
      try {
        const seeded = await customers(ctx, out, api.url, nominal.tenants * scale);
        const result = await runCustomerLoad(ctx, {
          label: id,
          customers: seeded,
          users: nominal.users * scale,
          sockets: nominal.sockets * scale,
          urls: [api.url],
          socketPort: api.port,
          memory: async () => (await api.memory()).rssKiB,
          heap: () => api.heap(),
        });
        const { overall, failed, total, events } = recordCustomerLoad(ctx, out, result);
        const failedPercent = total ? (failed / total) * 100 : 0;
        out.check({
          label: `${title}: latency over every operation`,
          target: `p95 ≤ ${targets.p95Ms} ms, p99 ≤ ${format(targets.p99Ms, 'ms')}`,
          measured: `p95 ${format(overall.p95, 'ms')}, p99 ${format(overall.p99, 'ms')} (p50 ${format(overall.p50, 'ms')}; ${total} requests)`,
          pass: overall.p95 <= targets.p95Ms && overall.p99 <= targets.p99Ms,
          kind: 'target',
        });
        out.check({
          label: `${title}: failed requests`,
          target: targets.maxFailedPercent === 0 ? '0' : `< ${targets.maxFailedPercent}%`,
          measured: `${failed} of ${total} (${format(failedPercent, '%')})`,
          pass:
            total > 0 &&
            (targets.maxFailedPercent === 0 ? failed === 0 : failedPercent < targets.maxFailedPercent),
          kind: 'target',
        });
        if (targets.maxRssMiB !== undefined) {
          const peakMiB = result.rssPeakKiB === null ? null : result.rssPeakKiB / 1024;
          out.check({
            label: 'API process resident memory at nominal load',
            target: `≤ ${targets.maxRssMiB} MB`,
            measured: peakMiB === null ? 'n/a' : `${format(peakMiB, 'MiB')} peak`,
            pass: peakMiB === null ? null : peakMiB * 1.048576 <= targets.maxRssMiB,
            kind: 'target',
          });
        }
        if (result.socketsConnected) {
          out.check({
            label: `${title}: events reached the sockets`,
            target: 'deliveries recorded, none out of sequence',
            measured: `${result.events?.deliveries.length ?? 0} deliveries, p95 ${format(events?.p95, 'ms')}, ${result.events?.outOfOrder ?? 0} out of sequence`,
            pass: (result.events?.deliveries.length ?? 0) > 0 && (result.events?.outOfOrder ?? 0) === 0,
            kind: 'validity',
          });
        }
        out.note(
          `${nominal.users * scale} users over ${seeded.length} tenants, think time ${nominal.thinkMs} ms, ` +
            `${result.socketsConnected} sockets; database pool max ${ctx.apiConfig.db.poolMax}, one API process.`,
        );
      } finally {
        await api.stop();
      }
    },
  };
}

export const nominal = customerBase('nominal', 'Nominal load (1,000 users, 200 sockets, 50 tenants)', 1, {
  p95Ms: 50,
  p99Ms: 150,
  maxFailedPercent: 0,
  maxRssMiB: 300,
});

export const nominal3x = customerBase(
  'nominal-3x',
  '3× nominal load (3,000 users, 600 sockets, 150 tenants)',
  3,
  {
    p95Ms: 200,
    p99Ms: 1000,
    maxFailedPercent: 0.1,
  },
);
