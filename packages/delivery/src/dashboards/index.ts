import type { Dashboard } from '@grafana/grafana-foundation-sdk/dashboard';
import { businessDashboard } from './business';
import { systemHealthDashboard } from './system-health';
import { tenantDashboard } from './tenant';

/** The chart's dashboards: file name under charts/dispatch/dashboards/ and the typed builder that makes it. */
export const DASHBOARDS: Array<{ file: string; build: () => Dashboard }> = [
  { file: 'system-health.json', build: systemHealthDashboard },
  { file: 'business.json', build: businessDashboard },
  { file: 'tenant.json', build: tenantDashboard },
];

/** The committed form: stable key order from the builders, two-space JSON, trailing newline. */
export const renderDashboard = (dashboard: Dashboard) => `${JSON.stringify(dashboard, null, 2)}\n`;

export interface PanelQuery {
  dashboard: string;
  panel: string;
  expr: string;
}

/** Every Prometheus expression of every panel, for the test that runs them against a real Prometheus. */
export function panelQueries(): PanelQuery[] {
  const queries: PanelQuery[] = [];
  for (const { file, build } of DASHBOARDS) {
    const dashboard = build();
    for (const panel of dashboard.panels ?? []) {
      if (panel.type === 'row') continue;
      const targets = (panel as { targets?: Array<{ expr?: string }> }).targets ?? [];
      for (const t of targets)
        queries.push({
          dashboard: file,
          panel: (panel as { title?: string }).title ?? '',
          expr: t.expr ?? '',
        });
    }
  }
  return queries;
}
