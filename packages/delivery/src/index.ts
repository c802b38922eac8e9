export { alertRules, measuredExpressions, type AlertRule } from './alert-rules';
export { DASHBOARDS, panelQueries, type PanelQuery } from './dashboards/index';
export { startPrometheus, type RunningPrometheus, type ScrapeTarget, type PromResult } from './prometheus';
