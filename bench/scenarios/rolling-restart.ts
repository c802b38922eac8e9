import { spawnApi, type ApiProcess } from '../lib/api-process';
import type { Scenario } from '../lib/context';
import {
  CUSTOMER_MIX_DESCRIPTION,
  customers,
  recordCustomerLoad,
  runCustomerLoad,
} from '../lib/customer-base';
import { RoundRobinProxy } from '../lib/proxy';

const REPLICAS = 2;
/** preStop: the pod keeps serving while its endpoint removal propagates (the chart's default is 5 s). */
const PRE_STOP_MS = 2000;
/** SHUTDOWN_DRAIN_DELAY_MS of the replicas: readiness 503 this long before the listener closes. */
const DRAIN_DELAY_MS = 2000;

export const rollingRestart: Scenario = {
  id: 'rolling-restart',
  title: `Rolling restart under nominal load (${REPLICAS} replicas, replaced one by one)`,
  method:
    `${REPLICAS} API replicas (the API's production build, \`node main.js\` from \`scripts/build-node-app.mjs\` ` +
    `built at the start of the run, each a child process, production configuration with ` +
    `SHUTDOWN_DRAIN_DELAY_MS=${DRAIN_DELAY_MS}) behind a small round-robin proxy in the benchmark (the stand-in for ` +
    'the ingress: one upstream connection per request, no retries), under the nominal users of `nominal` (no ' +
    'sockets: the proxy does not carry websockets). As soon as recording starts, each replica is replaced in ' +
    'turn as a Deployment with surge does it: a new replica starts and joins the rotation once ready; the old one ' +
    `leaves the rotation (endpoint removal), keeps serving for ${PRE_STOP_MS} ms (preStop), gets SIGTERM ` +
    '(readiness 503, drain delay, in-flight requests finish, close) and exits. Recording lasts until both are ' +
    'replaced (at least `BENCH_NOMINAL_S`). Every request that does not get a ' +
    `2xx answer counts as failed; the load generator retries nothing. ${CUSTOMER_MIX_DESCRIPTION}`,
  async run(ctx, out) {
    const { nominal } = ctx.settings;
    const env = { API_PROCESSES: '1', SHUTDOWN_DRAIN_DELAY_MS: String(DRAIN_DELAY_MS) };
    const replicas: ApiProcess[] = [];
    const proxy = new RoundRobinProxy();
    try {
      for (let i = 0; i < REPLICAS; i++) replicas.push(await spawnApi(ctx, env));
      for (const replica of replicas) proxy.add(replica.url);
      const url = await proxy.listen();
      const seeded = await customers(ctx, out, url, nominal.tenants);
      const steps: string[] = [];
      let restartS = 0;
      const restart = async () => {
        const started = performance.now();
        for (let i = 0; i < REPLICAS; i++) {
          const old = replicas[i]!;
          const fresh = await spawnApi(ctx, env);
          proxy.add(fresh.url);
          proxy.remove(old.url);
          await new Promise((resolve) => setTimeout(resolve, PRE_STOP_MS));
          const stopping = performance.now();
          await old.stop();
          replicas[i] = fresh;
          const line = `replica ${i + 1} replaced (drained and exited in ${((performance.now() - stopping) / 1000).toFixed(1)} s, code ${old.child.exitCode})`;
          steps.push(line);
          ctx.progress.log(`  ${line}`);
        }
        restartS = (performance.now() - started) / 1000;
      };
      const result = await runCustomerLoad(ctx, {
        label: 'rolling restart',
        customers: seeded,
        users: nominal.users,
        sockets: 0,
        urls: [url],
        during: restart,
      });
      const { failed, total } = recordCustomerLoad(ctx, out, result);
      out.figure('restartS', 'time to replace every replica', restartS, 's');
      out.figure(
        'proxyUpstreamErrors',
        'requests the proxy could not forward (502)',
        proxy.upstreamErrors,
        '',
      );
      out.check({
        label: 'rolling restart under nominal load: failed requests',
        target: '0',
        measured: `${failed} of ${total} (${proxy.upstreamErrors} upstream errors at the proxy${causes(proxy)})`,
        pass: total > 0 && failed === 0,
        kind: 'target',
      });
      for (const step of steps) out.note(step);
    } finally {
      await proxy.close();
      await Promise.all(replicas.map((replica) => replica.stop()));
    }
  },
};

/** The proxy's failures by cause, as ": ECONNRESET (before an answer) 3, …", or nothing when there were none. */
function causes(proxy: RoundRobinProxy): string {
  const listed = [...proxy.upstreamErrorCauses].map(([cause, count]) => `${cause} ${count}`);
  return listed.length ? `: ${listed.join(', ')}` : '';
}
