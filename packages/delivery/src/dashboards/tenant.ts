import {
  QueryVariableBuilder,
  RowBuilder,
  VariableRefresh,
  VariableSort,
} from '@grafana/grafana-foundation-sdk/dashboard';
import { baseDashboard, datasource, stat, TENANT, timeseries } from './common';

/** One tenant (picked from the tenant variable): its dispatch requests, outcomes, fleet in use and queue. */
export function tenantDashboard() {
  return baseDashboard(
    'dispatch-tenant',
    'Dispatch / Tenant',
    "One tenant's activity: dispatch requests and rejections, equipment in use, its queue and waiting times, sign-in key fetches.",
  )
    .withVariable(
      new QueryVariableBuilder('tenant')
        .label('Tenant')
        .datasource(datasource)
        .query('label_values(dispatch_requests_total{job="dispatch-api",namespace="$namespace"}, tenant)')
        .refresh(VariableRefresh.OnTimeRangeChanged)
        .sort(VariableSort.AlphabeticalAsc),
    )
    .withRow(new RowBuilder('Now'))
    .withPanel(
      stat({
        title: 'Active dispatches',
        description: 'Equipment of this tenant dispatched and not yet completed.',
        unit: 'short',
        queries: [{ expr: `max(active_dispatches{${TENANT}})` }],
      }),
    )
    .withPanel(
      stat({
        title: 'Queued',
        description: 'Requests of this tenant waiting, every priority.',
        unit: 'short',
        queries: [{ expr: `sum(max by (priority) (dispatch_queue_depth{${TENANT}}))` }],
      }),
    )
    .withPanel(
      stat({
        title: 'Rejected in the last hour',
        description: 'Dispatch requests refused (invalid, no qualified driver possible, rules).',
        unit: 'short',
        queries: [
          { expr: `sum(increase(dispatch_requests_total{${TENANT},result="rejected"}[1h])) or vector(0)` },
        ],
      }),
    )
    .withPanel(
      stat({
        title: 'Requests in the last hour',
        description: 'Dispatch requests of this tenant, every outcome.',
        unit: 'short',
        queries: [{ expr: `sum(increase(dispatch_requests_total{${TENANT}}[1h]))` }],
      }),
    )
    .withRow(new RowBuilder('Over time'))
    .withPanel(
      timeseries({
        title: 'Dispatch requests by result',
        description: 'Requests per second: dispatched at once, queued, rejected (errors).',
        unit: 'reqps',
        queries: [
          {
            expr: `sum by (result) (rate(dispatch_requests_total{${TENANT}}[$__rate_interval]))`,
            legend: '{{result}}',
          },
        ],
      }),
    )
    .withPanel(
      timeseries({
        title: 'Rate-limited requests',
        description:
          "This tenant's requests refused with 429, by bucket (its users, the tenant as a whole, reports).",
        unit: 'reqps',
        queries: [
          {
            expr: `sum by (bucket) (rate(http_rate_limited_total{${TENANT}}[$__rate_interval]))`,
            legend: '{{bucket}}',
          },
        ],
      }),
    )
    .withPanel(
      timeseries({
        title: 'Queue by priority',
        description: "This tenant's queued requests by priority.",
        unit: 'short',
        queries: [{ expr: `max by (priority) (dispatch_queue_depth{${TENANT}})`, legend: '{{priority}}' }],
      }),
    )
    .withPanel(
      timeseries({
        title: 'Time in queue p90',
        description: "How long this tenant's fulfilled requests waited, by priority.",
        unit: 's',
        queries: [
          {
            expr: `histogram_quantile(0.9, sum by (priority, le) (rate(dispatch_queue_wait_seconds_bucket{${TENANT}}[$__rate_interval])))`,
            legend: '{{priority}}',
          },
        ],
      }),
    )
    .withPanel(
      timeseries({
        title: 'Active dispatches',
        description: 'Equipment in use over time.',
        unit: 'short',
        queries: [{ expr: `max(active_dispatches{${TENANT}})`, legend: 'active' }],
      }),
    )
    .build();
}
