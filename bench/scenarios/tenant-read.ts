import type { Scenario } from '../lib/context';
import { measureHttp } from '../lib/http-measure';
import { format } from '../lib/results';
import { startApi } from '../lib/servers';
import {
  assertReadWorks,
  ensureTenants,
  readTargets,
  recordBackendMemory,
  READ_PATH,
} from '../lib/tenant-reads';

const MIN_RATIO_TO_B1 = 0.7;

export const tenantRead: Scenario = {
  id: 'tenant-read',
  title: 'Tenant-scoped authenticated read (10 tenants)',
  method:
    `The real API (\`buildApp\`, production configuration) serves \`GET ${READ_PATH}\`: tenant from the Host ` +
    "header (registry cache), RS256 bearer token verified against that tenant's own issuer (JWKS cache), role " +
    'check, a read-only transaction that sets search_path and app.current_tenant, and a SELECT of one page of ' +
    'equipment types under forced RLS, serialized by the response schema. Requests are spread uniformly over the ' +
    'tokens of the first tenants (one issuer each). Afterwards, the memory of the Postgres backends behind the ' +
    "API's pool is read from /proc as the baseline for the 1,000-tenant figure: RSS counts every shared-buffer " +
    'page a backend touched, PSS splits shared pages between the processes mapping them, private is memory the ' +
    'backend alone holds (its catalog and plan caches among it).',
  async run(ctx, out) {
    const tenants = await ensureTenants(ctx, out, ctx.settings.readTenants);
    const api = await startApi(ctx.apiConfig);
    try {
      await assertReadWorks(api.url, tenants);
      const { measured } = await measureHttp(ctx, out, {
        label: `read ×${tenants.length}`,
        url: api.url,
        targets: readTargets(tenants),
      });
      const b1 = ctx.results.figure('B1', 'rps');
      const ratio = b1 ? measured.rps / b1 : null;
      out.figure('ratioToB1', 'throughput relative to B1', ratio === null ? null : ratio * 100, '%');
      out.check({
        label: 'tenant-scoped authenticated read throughput',
        target: `≥ ${MIN_RATIO_TO_B1 * 100}% of B1`,
        measured:
          ratio === null
            ? 'B1 not measured in this run'
            : `${format(ratio * 100, '%')} (${format(measured.rps, 'req/s')} vs B1 ${format(b1, 'req/s')})`,
        pass: ratio === null ? null : ratio >= MIN_RATIO_TO_B1,
        kind: 'target',
      });
      out.note(
        `Spread over ${tenants.length} tenants; database pool max ${ctx.apiConfig.db.poolMax}, as in production.`,
      );
      await recordBackendMemory(ctx, out);
    } finally {
      await api.close();
    }
  },
};
