import type * as cog from '@grafana/grafana-foundation-sdk/cog';
import {
  DashboardBuilder,
  DashboardCursorSync,
  DatasourceVariableBuilder,
  QueryVariableBuilder,
  VariableRefresh,
  VariableSort,
  type Dashboard,
} from '@grafana/grafana-foundation-sdk/dashboard';
import { DataqueryBuilder } from '@grafana/grafana-foundation-sdk/prometheus';
import { PanelBuilder as StatPanel } from '@grafana/grafana-foundation-sdk/stat';
import { PanelBuilder as TablePanel } from '@grafana/grafana-foundation-sdk/table';
import { PanelBuilder as TimeseriesPanel } from '@grafana/grafana-foundation-sdk/timeseries';

/** Every query reads the API's series in the namespace chosen on the dashboard (set by the ServiceMonitor). */
export const API = 'job="dispatch-api",namespace="$namespace"';
/** The Tenant dashboard's selection. */
export const TENANT = `${API},tenant="$tenant"`;

export const datasource = { type: 'prometheus', uid: '${datasource}' };

export interface Query {
  expr: string;
  legend?: string;
  /** Table panels read one instant value per series. */
  instant?: boolean;
}

export function target(query: Query, index: number) {
  const builder = new DataqueryBuilder()
    .datasource(datasource)
    .refId(String.fromCharCode(65 + index))
    .expr(query.expr)
    .legendFormat(query.legend ?? '__auto');
  return query.instant ? builder.instant() : builder.range();
}

interface PanelInput {
  title: string;
  description: string;
  unit: string;
  queries: Query[];
  width?: number;
}

export function timeseries({ title, description, unit, queries, width = 12 }: PanelInput) {
  const panel = new TimeseriesPanel()
    .title(title)
    .description(description)
    .datasource(datasource)
    .unit(unit)
    .min(0)
    .span(width)
    .height(8);
  queries.forEach((query, index) => panel.withTarget(target(query, index)));
  return panel;
}

export function stat({ title, description, unit, queries, width = 6 }: PanelInput) {
  const panel = new StatPanel()
    .title(title)
    .description(description)
    .datasource(datasource)
    .unit(unit)
    .span(width)
    .height(4);
  queries.forEach((query, index) => panel.withTarget(target(query, index)));
  return panel;
}

export function table({ title, description, unit, queries, width = 12 }: PanelInput) {
  const panel = new TablePanel()
    .title(title)
    .description(description)
    .datasource(datasource)
    .unit(unit)
    .span(width)
    .height(8);
  queries.forEach((query, index) => panel.withTarget(target({ ...query, instant: true }, index)));
  return panel;
}

/** Datasource and namespace pickers every dashboard starts with. */
export function baseDashboard(uid: string, title: string, description: string): DashboardBuilder {
  return new DashboardBuilder(title)
    .uid(uid)
    .description(description)
    .tags(['dispatch'])
    .editable()
    .tooltip(DashboardCursorSync.Crosshair)
    .refresh('30s')
    .time({ from: 'now-6h', to: 'now' })
    .timezone('browser')
    .withVariable(new DatasourceVariableBuilder('datasource').label('Data source').type('prometheus'))
    .withVariable(
      new QueryVariableBuilder('namespace')
        .label('Namespace')
        .datasource(datasource)
        .query('label_values(up{job="dispatch-api"}, namespace)')
        .refresh(VariableRefresh.OnTimeRangeChanged)
        .sort(VariableSort.AlphabeticalAsc),
    );
}

export type DashboardDefinition = { file: string; build: () => Dashboard };
export type PanelBuilderLike = cog.Builder<unknown>;
