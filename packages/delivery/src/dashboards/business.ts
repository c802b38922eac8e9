import { RowBuilder } from '@grafana/grafana-foundation-sdk/dashboard';
import { API, baseDashboard, stat, table, timeseries } from './common';

/** Dispatch volume and outcomes, the queue, completion times, fleet in use and the busiest tenants. */
export function businessDashboard() {
  return baseDashboard(
    'dispatch-business',
    'Dispatch / Business',
    'What the platform is doing for its tenants: dispatches and their outcomes, the queue, completion times, equipment in use and the busiest tenants.',
  )
    .withRow(new RowBuilder('Dispatches'))
    .withPanel(
      stat({
        title: 'Dispatch requests in the last hour',
        description: 'Every tenant, every outcome.',
        unit: 'short',
        queries: [{ expr: `sum(increase(dispatch_requests_total{${API}}[1h]))` }],
      }),
    )
    .withPanel(
      stat({
        title: 'Served at once',
        description: 'Share of requests in the last hour dispatched without queueing.',
        unit: 'percentunit',
        queries: [
          {
            expr: `(sum(increase(dispatch_requests_total{${API},result="dispatched"}[1h])) or vector(0)) / sum(increase(dispatch_requests_total{${API}}[1h]))`,
          },
        ],
      }),
    )
    .withPanel(
      stat({
        title: 'Queued now',
        description: 'Requests waiting for equipment and a driver, every tenant and priority.',
        unit: 'short',
        queries: [{ expr: `sum(max by (tenant, priority) (dispatch_queue_depth{${API}}))` }],
      }),
    )
    .withPanel(
      stat({
        title: 'Active dispatches',
        description: 'Assignments dispatched and not yet completed or cancelled: equipment in use.',
        unit: 'short',
        queries: [{ expr: `sum(max by (tenant) (active_dispatches{${API}}))` }],
      }),
    )
    .withPanel(
      timeseries({
        title: 'Dispatches per hour by result',
        description: 'Requests over the trailing hour: dispatched at once, queued, rejected.',
        unit: 'short',
        queries: [
          { expr: `sum by (result) (increase(dispatch_requests_total{${API}}[1h]))`, legend: '{{result}}' },
        ],
      }),
    )
    .withPanel(
      timeseries({
        title: 'Queue depth by priority',
        description:
          'Requests waiting, by priority (every replica reports the same Redis count: max, not sum).',
        unit: 'short',
        queries: [
          {
            expr: `sum by (priority) (max by (tenant, priority) (dispatch_queue_depth{${API}}))`,
            legend: '{{priority}}',
          },
        ],
      }),
    )
    .withRow(new RowBuilder('Times'))
    .withPanel(
      timeseries({
        title: 'Time in queue',
        description: 'How long fulfilled requests waited, by priority (p50 and p90).',
        unit: 's',
        queries: [0.5, 0.9].map((q) => ({
          expr: `histogram_quantile(${q}, sum by (priority, le) (rate(dispatch_queue_wait_seconds_bucket{${API}}[$__rate_interval])))`,
          legend: `p${q * 100} {{priority}}`,
        })),
      }),
    )
    .withPanel(
      timeseries({
        title: 'Completion duration',
        description: 'From dispatch to completion of an assignment (p50 and p90).',
        unit: 's',
        queries: [0.5, 0.9].map((q) => ({
          expr: `histogram_quantile(${q}, sum by (le) (rate(dispatch_completion_duration_seconds_bucket{${API}}[$__rate_interval])))`,
          legend: `p${q * 100}`,
        })),
      }),
    )
    .withRow(new RowBuilder('Utilization and tenants'))
    .withPanel(
      timeseries({
        title: 'Equipment in use by tenant',
        description: 'Active dispatches per tenant (top 10).',
        unit: 'short',
        queries: [{ expr: `topk(10, max by (tenant) (active_dispatches{${API}}))`, legend: '{{tenant}}' }],
      }),
    )
    .withPanel(
      table({
        title: 'Top tenants by dispatch requests',
        description: 'The ten tenants with the most dispatch requests over the dashboard range.',
        unit: 'short',
        queries: [
          {
            expr: `topk(10, sum by (tenant) (increase(dispatch_requests_total{${API}}[$__range])))`,
            legend: '{{tenant}}',
          },
        ],
      }),
    )
    .build();
}
