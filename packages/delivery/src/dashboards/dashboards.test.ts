import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartDir } from '../tools';
import { DASHBOARDS, panelQueries, renderDashboard } from './index';

describe('Grafana dashboards', () => {
  it.each(DASHBOARDS.map((d) => d.file))(
    '%s committed in the chart is what the typed builder generates',
    (file) => {
      const dashboard = DASHBOARDS.find((d) => d.file === file)!;
      const committed = readFileSync(join(chartDir, 'dashboards', file), 'utf8');
      // On a difference: pnpm --filter @dispatch/delivery dashboards, then commit.
      expect(committed).toBe(renderDashboard(dashboard.build()));
    },
  );

  it('have unique uids, a datasource variable, and a query on every panel', () => {
    const built = DASHBOARDS.map((d) => d.build());
    expect(new Set(built.map((d) => d.uid)).size).toBe(built.length);
    for (const dashboard of built) {
      expect(dashboard.templating?.list?.map((v) => v.name)).toContain('datasource');
    }
    const tenant = built.find((d) => d.uid === 'dispatch-tenant')!;
    expect(tenant.templating?.list?.map((v) => v.name)).toContain('tenant');
    const queries = panelQueries();
    expect(queries.length).toBeGreaterThan(30);
    for (const query of queries) {
      expect(query.expr, `${query.dashboard} / ${query.panel}`).toMatch(/job="dispatch-api"/);
    }
    expect(
      queries.filter((q) => q.dashboard === 'tenant.json').every((q) => q.expr.includes('tenant="$tenant"')),
    ).toBe(true);
  });
});
