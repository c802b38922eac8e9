import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { chartDir } from './tools';

export interface AlertRule {
  alert: string;
  expr: string;
  for?: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
}

/** The alert rules the chart ships (charts/dispatch/files/rules.yaml). */
export function alertRules(): AlertRule[] {
  const file = parse(readFileSync(join(chartDir, 'files/rules.yaml'), 'utf8')) as {
    groups: Array<{ rules: AlertRule[] }>;
  };
  return file.groups.flatMap((group) => group.rules);
}

/**
 * The measured side of an alert: each `and` operand with its trailing threshold comparison removed, so a
 * healthy system still returns data for it ("the series exist and compute") where the alert itself returns none.
 */
export function measuredExpressions(expr: string): string[] {
  return expr.split(/\n\s*and\s*\n/).map((part) =>
    part
      .trim()
      .replace(/\s*(==|!=|>=|<=|>|<)\s*[\d.\s*+\-()]+$/, '')
      .trim(),
  );
}
