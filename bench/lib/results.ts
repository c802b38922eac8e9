import type { CpuBreakdown } from './cpu';

export interface Figure {
  key: string;
  label: string;
  /** `null` when it could not be measured on this machine (the report says why in a note). */
  value: number | null;
  unit: string;
}

/** A target from spec/targets.md (or a validity condition), judged against figures of this run. */
export interface Check {
  label: string;
  /** The condition, e.g. `≥ 70% of B1 throughput`. */
  target: string;
  measured: string;
  /** `null`: not judged (the figure it needs is missing). */
  pass: boolean | null;
  /** `target`: a figure from spec/targets.md; `validity`: a condition without which the figures mean nothing. */
  kind: 'target' | 'validity';
}

export interface ScenarioResult {
  id: string;
  title: string;
  method: string;
  status: 'ok' | 'failed';
  error?: string;
  elapsedS: number;
  figures: Figure[];
  checks: Check[];
  notes: string[];
  /** Where the machine's CPU went while it ran: the measured HTTP window when there is one. */
  cpu: CpuBreakdown | null;
}

/** What a scenario writes into while it runs. */
export class ScenarioRecorder {
  readonly figures: Figure[] = [];
  readonly checks: Check[] = [];
  readonly notes: string[] = [];
  /** Set by HTTP measurements (their measured window); otherwise the runner records the whole scenario. */
  cpu: CpuBreakdown | null = null;

  figure(key: string, label: string, value: number | null, unit: string): number | null {
    this.figures.push({ key, label, value, unit });
    return value;
  }

  check(check: Check): void {
    this.checks.push(check);
  }

  note(text: string): void {
    this.notes.push(text);
  }
}

/** Every scenario's result so far; later scenarios read their baselines here. */
export class Results {
  readonly scenarios: ScenarioResult[] = [];

  add(result: ScenarioResult): void {
    this.scenarios.push(result);
  }

  figure(scenarioId: string, key: string): number | undefined {
    const scenario = this.scenarios.find((entry) => entry.id === scenarioId && entry.status === 'ok');
    return scenario?.figures.find((figure) => figure.key === key)?.value ?? undefined;
  }

  get failed(): boolean {
    return this.scenarios.some(
      (scenario) => scenario.status === 'failed' || scenario.checks.some((check) => check.pass === false),
    );
  }
}

const DECIMALS: Record<string, number> = {
  'req/s': 0,
  ms: 2,
  s: 1,
  '%': 1,
  '×': 2,
  GiB: 1,
  MiB: 1,
  KiB: 0,
  'tenants/s': 1,
};

export function format(value: number | null | undefined, unit: string): string {
  if (value === null || value === undefined || Number.isNaN(value)) return 'n/a';
  const digits = DECIMALS[unit] ?? 0;
  const text = value.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return unit === '' ? text : unit === '%' || unit === '×' ? `${text}${unit}` : `${text} ${unit}`;
}
