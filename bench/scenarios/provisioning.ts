import type { Scenario } from '../lib/context';
import { format } from '../lib/results';
import { summarize } from '../lib/stats';

const LIMIT_MS = 500;

export const provisioning: Scenario = {
  id: 'provisioning',
  title: 'Provisioning tenants',
  method:
    '`provisionTenant` (one transaction: registry row, schema, every tenant-template object, RLS policies, grants, ' +
    'audit) called for each tenant one after another on the owner pool; each call is timed on its own. Seeding ' +
    'rows and signing tokens for the read scenarios happen afterwards, untimed. Later tenants are provisioned into ' +
    'a catalog that already holds the earlier ones.',
  async run(ctx, out) {
    const { settings, progress, fleet } = ctx;
    const before = fleet.tenants.length;
    progress.log(`provisioning ${settings.tenants - before} tenants sequentially`);
    const timings = await fleet.grow(settings.tenants, (done, total, ms) =>
      progress.step('provisioned', done, total, 100, `(last ${ms.toFixed(0)} ms)`),
    );
    if (timings.length === 0) {
      out.note(`All ${settings.tenants} tenants already existed; nothing was timed.`);
      return;
    }
    const all = summarize(timings);
    const head = summarize(timings.slice(0, 100));
    const tail = summarize(timings.slice(-100));
    const totalS = timings.reduce((sum, ms) => sum + ms, 0) / 1000;
    out.figure('count', 'tenants provisioned', all.count, '');
    out.figure('mean', 'per tenant, mean', all.mean, 'ms');
    out.figure('p50', 'per tenant, p50', all.p50, 'ms');
    out.figure('p95', 'per tenant, p95', all.p95, 'ms');
    out.figure('max', 'per tenant, max', all.max, 'ms');
    out.figure('firstMean', `first ${head.count}, mean`, head.mean, 'ms');
    out.figure('lastMean', `last ${tail.count}, mean`, tail.mean, 'ms');
    out.figure('total', 'total, sequential', totalS, 's');
    out.check({
      label: 'provisioning one tenant',
      target: `≤ ${LIMIT_MS} ms (p95)`,
      measured: `p95 ${format(all.p95, 'ms')}, mean ${format(all.mean, 'ms')}, max ${format(all.max, 'ms')}`,
      pass: all.p95 <= LIMIT_MS,
      kind: 'target',
    });
    const slow = timings.filter((ms) => ms > LIMIT_MS).length;
    if (slow) out.note(`${slow} of ${timings.length} provisionings took longer than ${LIMIT_MS} ms.`);
    if (before) out.note(`${before} tenants existed before this scenario and are not in its timings.`);
    progress.log(
      `provisioning: mean ${format(all.mean, 'ms')}, p95 ${format(all.p95, 'ms')}, max ${format(all.max, 'ms')}`,
    );
  },
};
