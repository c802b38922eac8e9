import { join } from 'node:path';
import { parseManifests, type K8sObject } from './manifests';
import { chartDir, helmBinary, run, type RunResult } from './tools';

/** CRDs the chart renders objects of: helm template has no cluster to ask. */
export const API_VERSIONS = [
  'monitoring.coreos.com/v1/ServiceMonitor',
  'monitoring.coreos.com/v1/PrometheusRule',
];

export function helm(args: string[]): Promise<RunResult> {
  return run(helmBinary(), args);
}

export interface Rendered {
  result: RunResult;
  objects: K8sObject[];
}

/** `helm template` of a chart with values files (paths relative to the chart). */
export async function template(
  valuesFiles: string[],
  options: { chart?: string; release?: string; set?: string[] } = {},
): Promise<Rendered> {
  const chart = options.chart ?? chartDir;
  const args = ['template', options.release ?? 'dispatch', chart, '--namespace', 'dispatch'];
  for (const file of valuesFiles) args.push('-f', join(chart, file));
  for (const value of options.set ?? []) args.push('--set', value);
  for (const apiVersion of API_VERSIONS) args.push('--api-versions', apiVersion);
  const result = await helm(args);
  return { result, objects: result.code === 0 ? parseManifests(result.stdout) : [] };
}
