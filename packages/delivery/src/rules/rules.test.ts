import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { template } from '../helm';
import { byKind } from '../manifests';
import { chartDir, repoRoot, requireBinary, run } from '../tools';

const rulesFile = join(chartDir, 'files/rules.yaml');
const testsFile = join(chartDir, 'tests/rules.test.yaml');

interface Rule {
  alert: string;
  expr: string;
  labels: { severity: string };
  annotations: Record<string, string>;
}
const alerts = (): Rule[] =>
  (parse(readFileSync(rulesFile, 'utf8')) as { groups: Array<{ rules: Rule[] }> }).groups.flatMap(
    (g) => g.rules,
  );

/** Runs promtool's unit tests against a rules file (the tests' rule_files entry is pointed at it). */
async function promtoolTest(rules: string, dir: string) {
  const tests = parse(readFileSync(testsFile, 'utf8'));
  tests.rule_files = [rules];
  const file = join(dir, `tests-${Date.now()}.yaml`);
  await writeFile(file, stringify(tests));
  return run(requireBinary('promtool', 'prometheus'), ['test', 'rules', file]);
}

describe('alert rules', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'rules-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('pass promtool check rules', async () => {
    const result = await run(requireBinary('promtool', 'prometheus'), ['check', 'rules', rulesFile]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`SUCCESS: ${alerts().length} rules found`);
  });

  it('pass promtool test rules, every alert tested firing and not firing', async () => {
    const result = await promtoolTest(rulesFile, dir);
    expect(result.stdout + result.stderr).toContain('SUCCESS');
    expect(result.code).toBe(0);
    const cases = (
      parse(readFileSync(testsFile, 'utf8')) as {
        tests: Array<{ alert_rule_test: Array<{ alertname: string; exp_alerts: unknown[] }> }>;
      }
    ).tests.flatMap((t) => t.alert_rule_test);
    for (const { alert } of alerts()) {
      const mine = cases.filter((c) => c.alertname === alert);
      expect(
        mine.some((c) => c.exp_alerts.length > 0),
        `${alert} tested firing`,
      ).toBe(true);
      expect(
        mine.some((c) => c.exp_alerts.length === 0),
        `${alert} tested silent`,
      ).toBe(true);
    }
  });

  it('give every alert a severity, summary, description and a runbook that exists', () => {
    for (const rule of alerts()) {
      expect(['critical', 'warning', 'info']).toContain(rule.labels.severity);
      expect(rule.annotations.summary, rule.alert).toBeTruthy();
      expect(rule.annotations.description, rule.alert).toBeTruthy();
      expect(rule.annotations.runbook_url).toMatch(new RegExp(`/docs/runbooks/${rule.alert}\\.md$`));
      const runbook = join(repoRoot, 'docs/runbooks', `${rule.alert}.md`);
      expect(existsSync(runbook), runbook).toBe(true);
      const text = readFileSync(runbook, 'utf8');
      expect(text).toMatch(/^## What it means/m);
      expect(text).toMatch(/^## What to do/m);
    }
  });

  it('are the same rules in the rendered PrometheusRule, which pass the same promtool tests', async () => {
    const rendered = await template(['ci/minimal-values.yaml']);
    expect(rendered.result.code).toBe(0);
    const [rule] = byKind(rendered.objects, 'PrometheusRule');
    const extracted = join(dir, 'extracted-rules.yaml');
    await writeFile(extracted, stringify(rule!.spec));
    const check = await run(requireBinary('promtool', 'prometheus'), ['check', 'rules', extracted]);
    expect(check.code).toBe(0);
    const result = await promtoolTest(extracted, dir);
    expect(result.stdout + result.stderr).toContain('SUCCESS');
    expect(result.code).toBe(0);
  });

  it('fail promtool when an alert stops firing as tested (the tests can fail)', async () => {
    const broken = readFileSync(rulesFile, 'utf8').replace('status=~"5.."}[5m]))', 'status=~"9.."}[5m]))');
    expect(broken).not.toBe(readFileSync(rulesFile, 'utf8'));
    const file = join(dir, 'broken-rules.yaml');
    await writeFile(file, broken);
    const result = await promtoolTest(file, dir);
    expect(result.code).not.toBe(0);
    expect(result.stdout + result.stderr).toContain('DispatchHighErrorRate');
  });
});
