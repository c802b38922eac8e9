import { RowBuilder } from '@grafana/grafana-foundation-sdk/dashboard';
import { API, baseDashboard, stat, timeseries } from './common';

const quantile = (q: number, metric: string, by = '') =>
  `histogram_quantile(${q}, sum by (${by ? `${by}, ` : ''}le) (rate(${metric}{${API}}[$__rate_interval])))`;

/** Request rate, errors, latency, replicas' CPU and memory, database pool and realtime. */
export function systemHealthDashboard() {
  return baseDashboard(
    'dispatch-system-health',
    'Dispatch / System health',
    'Is the API serving? Request rate, errors and latency, then what the replicas, the database pool and realtime are doing.',
  )
    .withRow(new RowBuilder('Traffic'))
    .withPanel(
      stat({
        title: 'Requests per second',
        description: 'All API requests, every replica.',
        unit: 'reqps',
        queries: [{ expr: `sum(rate(http_requests_total{${API}}[$__rate_interval]))` }],
      }),
    )
    .withPanel(
      stat({
        title: '5xx ratio',
        description: 'Share of requests answered with a server error (alert above 5%).',
        unit: 'percentunit',
        queries: [
          {
            expr: `(sum(rate(http_requests_total{${API},status=~"5.."}[$__rate_interval])) or vector(0)) / sum(rate(http_requests_total{${API}}[$__rate_interval]))`,
          },
        ],
      }),
    )
    .withPanel(
      stat({
        title: 'p95 latency',
        description: 'Target: under 2 s (the SLO alert burns on requests slower than that).',
        unit: 's',
        queries: [{ expr: quantile(0.95, 'http_request_duration_seconds_bucket') }],
      }),
    )
    .withPanel(
      stat({
        title: 'Replicas scraped',
        description: 'API replicas answering the scrape.',
        unit: 'short',
        queries: [{ expr: `sum(up{${API}})` }],
      }),
    )
    .withPanel(
      timeseries({
        title: 'Request rate by status',
        description: 'Requests per second by HTTP status.',
        unit: 'reqps',
        queries: [
          {
            expr: `sum by (status) (rate(http_requests_total{${API}}[$__rate_interval]))`,
            legend: '{{status}}',
          },
        ],
      }),
    )
    .withPanel(
      timeseries({
        title: 'Error rate',
        description: '4xx and 5xx answers as a share of all requests.',
        unit: 'percentunit',
        queries: [
          {
            expr: `(sum(rate(http_requests_total{${API},status=~"5.."}[$__rate_interval])) or vector(0)) / sum(rate(http_requests_total{${API}}[$__rate_interval]))`,
            legend: '5xx',
          },
          {
            expr: `(sum(rate(http_requests_total{${API},status=~"4.."}[$__rate_interval])) or vector(0)) / sum(rate(http_requests_total{${API}}[$__rate_interval]))`,
            legend: '4xx',
          },
        ],
      }),
    )
    .withPanel(
      timeseries({
        title: 'Latency p50 / p95 / p99',
        description: 'Whole-API request duration quantiles.',
        unit: 's',
        queries: [0.5, 0.95, 0.99].map((q) => ({
          expr: quantile(q, 'http_request_duration_seconds_bucket'),
          legend: `p${q * 100}`,
        })),
      }),
    )
    .withPanel(
      timeseries({
        title: 'p95 latency by route',
        description: 'Route patterns, never raw URLs.',
        unit: 's',
        queries: [
          { expr: quantile(0.95, 'http_request_duration_seconds_bucket', 'route'), legend: '{{route}}' },
        ],
      }),
    )
    .withRow(new RowBuilder('Replicas'))
    .withPanel(
      timeseries({
        title: 'CPU per replica',
        description: 'Cores used by each API process (limit: 2).',
        unit: 'short',
        queries: [
          {
            expr: `sum by (instance) (rate(process_cpu_seconds_total{${API}}[$__rate_interval]))`,
            legend: '{{instance}}',
          },
        ],
      }),
    )
    .withPanel(
      timeseries({
        title: 'Memory per replica',
        description:
          'Resident memory of each API process (limit: 2 GiB; alert at 90% of the container limit).',
        unit: 'bytes',
        queries: [
          { expr: `sum by (instance) (process_resident_memory_bytes{${API}})`, legend: '{{instance}}' },
        ],
      }),
    )
    .withPanel(
      timeseries({
        title: 'Event loop lag p99',
        description: 'A busy event loop delays every request on that replica.',
        unit: 's',
        queries: [
          { expr: `max by (instance) (nodejs_eventloop_lag_p99_seconds{${API}})`, legend: '{{instance}}' },
        ],
      }),
    )
    .withRow(new RowBuilder('Database and dependencies'))
    .withPanel(
      timeseries({
        title: 'Database pool connections',
        description: 'Connections per pool and state; waiting clients mean the pool is too small.',
        unit: 'short',
        queries: [
          { expr: `sum by (pool, state) (db_pool_connections{${API}})`, legend: '{{pool}} {{state}}' },
        ],
      }),
    )
    .withPanel(
      timeseries({
        title: 'Database work p95 by operation',
        description: 'Tenant transactions, reads, platform queries and reconciler passes.',
        unit: 's',
        queries: [
          { expr: quantile(0.95, 'db_query_duration_seconds_bucket', 'operation'), legend: '{{operation}}' },
        ],
      }),
    )
    .withPanel(
      timeseries({
        title: 'Tenant resolution failures',
        description:
          'Requests whose tenant could not be resolved, by reason (unknown hosts are probing or misconfigured DNS).',
        unit: 'reqps',
        queries: [
          {
            expr: `sum by (reason) (rate(tenant_resolution_failures_total{${API}}[$__rate_interval]))`,
            legend: '{{reason}}',
          },
        ],
      }),
    )
    .withPanel(
      timeseries({
        title: 'JWKS fetches',
        description: 'Identity-provider key fetches by result.',
        unit: 'ops',
        queries: [
          {
            expr: `sum by (result) (rate(idp_jwks_fetch_total{${API}}[$__rate_interval]))`,
            legend: '{{result}}',
          },
        ],
      }),
    )
    .withPanel(
      timeseries({
        title: 'Rate-limited requests',
        description: 'Requests refused with 429, by bucket (user, tenant, reports, anonymous per IP).',
        unit: 'reqps',
        queries: [
          {
            expr: `sum by (bucket) (rate(http_rate_limited_total{${API}}[$__rate_interval]))`,
            legend: '{{bucket}}',
          },
        ],
      }),
    )
    .withRow(new RowBuilder('Realtime'))
    .withPanel(
      timeseries({
        title: 'Socket connections',
        description: 'Open Socket.IO connections per replica.',
        unit: 'short',
        queries: [{ expr: `sum by (instance) (realtime_connections{${API}})`, legend: '{{instance}}' }],
      }),
    )
    .withPanel(
      timeseries({
        title: 'Commit-to-emit lag',
        description:
          'Time from a COMMIT to its event leaving this replica (target: p95 under 1 s end to end).',
        unit: 's',
        queries: [0.5, 0.95].map((q) => ({
          expr: quantile(q, 'realtime_emit_lag_seconds_bucket'),
          legend: `p${q * 100}`,
        })),
      }),
    )
    .withPanel(
      timeseries({
        title: 'Realtime events',
        description: 'Events published per second by type.',
        unit: 'ops',
        queries: [
          {
            expr: `sum by (event) (rate(realtime_events_total{${API}}[$__rate_interval]))`,
            legend: '{{event}}',
          },
        ],
      }),
    )
    .build();
}
