import { readFileSync, readdirSync } from 'node:fs';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { helm, template } from '../helm';
import { find, podSpec } from '../manifests';
import { chartDir } from '../tools';
import { yamllintFiles } from '../yamllint';
import { missingValueReferences, unusedValues } from './value-references';

const valuesFiles = [
  'values.yaml',
  ...readdirSync(join(chartDir, 'ci')).map((f) => `ci/${f}`),
  ...readdirSync(join(chartDir, 'examples')).map((f) => `examples/${f}`),
];

describe('chart checks with the real helm', () => {
  let scratch: string;
  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'chart-'));
  });
  afterAll(() => rm(scratch, { recursive: true, force: true }));

  it('passes helm lint --strict with the minimal and example values', async () => {
    for (const file of ['ci/minimal-values.yaml', 'examples/values-production.yaml']) {
      const result = await helm(['lint', '--strict', chartDir, '-f', join(chartDir, file)]);
      expect(result.stdout, file).toContain('0 chart(s) failed');
      expect(result.code, result.stdout + result.stderr).toBe(0);
    }
  });

  it('has a self-contained draft-07 values schema', () => {
    const schema = JSON.parse(readFileSync(join(chartDir, 'values.schema.json'), 'utf8'));
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    const refs = JSON.stringify(schema).match(/"\$ref":"[^"]*"/g) ?? [];
    for (const ref of refs) expect(ref).toMatch(/"\$ref":"#\//); // local only: helm validates offline
    for (const keyword of ['$defs', 'prefixItems', 'unevaluatedProperties', 'dependentRequired']) {
      expect(JSON.stringify(schema)).not.toContain(`"${keyword}"`); // 2019-09/2020-12 keywords Helm 3 ignores
    }
  });

  it('validates values.yaml and every example against the schema (helm checks it on every render)', async () => {
    // values.yaml alone leaves the required values empty: the schema accepts it and the templates refuse it.
    for (const file of valuesFiles) {
      const rendered = await template(file === 'values.yaml' ? [] : [file]);
      expect(rendered.result.stderr, file).not.toContain("values don't meet the specifications");
      expect(rendered.result.stderr, file).not.toMatch(/at '\//);
    }
    expect(await yamllintFiles(valuesFiles.map((f) => join(chartDir, f)))).toBe('');
  });

  it('fails on values that break the schema', async () => {
    const bad = join(scratch, 'bad-values.yaml');
    await writeFile(
      bad,
      readFileSync(join(chartDir, 'ci/minimal-values.yaml'), 'utf8') +
        'api:\n  replicas: "three"\nredis:\n  mode: clustered\nsurprise: true\n',
    );
    const result = await helm(['template', 'dispatch', chartDir, '-f', bad]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('/api/replicas');
    expect(result.stderr).toContain('/redis/mode');
    expect(result.stderr).toMatch(/surprise/);
  });

  it('refuses plain credentials in values (the schema rejects them in extraEnv)', async () => {
    const rendered = await template(['ci/minimal-values.yaml'], {
      set: ['api.extraEnv.DATABASE_URL=postgres://u:p@h/db'],
    });
    expect(rendered.result.code).not.toBe(0);
    expect(rendered.result.stderr).toContain('/api/extraEnv');
  });

  it('fails when a required value is missing', async () => {
    const rendered = await template([]);
    expect(rendered.result.code).not.toBe(0);
    expect(rendered.result.stderr).toMatch(/baseDomain is required|is required/);
  });

  it('reads only values that values.yaml defines, and defines none it does not read', async () => {
    expect(missingValueReferences(chartDir)).toEqual([]);
    expect(unusedValues(chartDir)).toEqual([]);
    const copy = join(scratch, 'unused');
    await cp(chartDir, copy, { recursive: true });
    await writeFile(
      join(copy, 'values.yaml'),
      `${readFileSync(join(chartDir, 'values.yaml'), 'utf8')}\nforgotten:\n  knob: 1\n`,
    );
    expect(unusedValues(copy)).toEqual(['forgotten.knob']);
  });

  it('fails a template that references a value that does not exist', async () => {
    const copy = join(scratch, 'dispatch');
    await cp(chartDir, copy, { recursive: true });
    // A misspelt leaf renders as empty in Helm: only the reference check catches it.
    await writeFile(
      join(copy, 'templates/typo.yaml'),
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: typo\ndata:\n  port: {{ .Values.api.prot | quote }}\n',
    );
    expect(missingValueReferences(copy)).toEqual([
      'typo.yaml: .Values.api.prot is not defined in values.yaml',
    ]);
    // A missing parent fails helm itself.
    await writeFile(
      join(copy, 'templates/typo.yaml'),
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Values.nothere.name }}\n',
    );
    const lint = await helm(['lint', '--strict', copy, '-f', join(chartDir, 'ci/minimal-values.yaml')]);
    expect(lint.code).not.toBe(0);
    expect(lint.stdout + lint.stderr).toContain('nil pointer evaluating interface {}.name');
  });

  it('refuses a drain longer than the grace period and a pool outliving the credential lease', async () => {
    const drain = await template(['ci/minimal-values.yaml'], { set: ['api.shutdown.graceSeconds=60'] });
    expect(drain.result.code).not.toBe(0);
    expect(drain.result.stderr).toContain('terminationGracePeriodSeconds');
    const lease = await template(['ci/vault-values.yaml'], {
      set: ['secrets.vault.credentialLeaseSeconds=600', 'pgbouncer.serverLifetimeSeconds=900'],
    });
    expect(lease.result.code).not.toBe(0);
    expect(lease.result.stderr).toContain('credentialLeaseSeconds');
  });

  it('offers in-app Vault renewal: the API logs in itself, no agent in its pod, the Jobs keep the agent', async () => {
    const { objects, result } = await template(['ci/vault-app-values.yaml']);
    expect(result.code).toBe(0);
    const api = find(objects, 'Deployment', '-api');
    expect(api.spec.template.metadata.annotations['vault.hashicorp.com/agent-inject']).toBeUndefined();
    expect(podSpec(api).automountServiceAccountToken).toBe(true);
    const env = Object.fromEntries(
      podSpec(api).containers[0].env.map((v: { name: string; value: string }) => [v.name, v.value]),
    );
    expect(env).toMatchObject({
      VAULT_ADDR: 'https://vault.vault.svc:8200',
      VAULT_AUTH_METHOD: 'kubernetes',
      VAULT_AUTH_MOUNT: 'kubernetes',
      VAULT_ROLE: 'dispatch',
      VAULT_KV_PATH: 'secret/data/dispatch',
      VAULT_DATABASE_CREDS_PATH: 'database/creds/dispatch-app',
      DATABASE_URL: expect.stringMatching(/^postgresql:\/\/[a-z0-9-]+-pgbouncer:6432\/dispatch$/),
    });
    expect(env.DISPATCH_ENV_FILE).toBeUndefined();
    const migrate = find(objects, 'Job', '-migrate');
    expect(migrate.spec.template.metadata.annotations['vault.hashicorp.com/agent-pre-populate-only']).toBe(
      'true',
    );

    const agent = await template(['ci/vault-values.yaml']);
    const agentApi = find(agent.objects, 'Deployment', '-api');
    expect(agentApi.spec.template.metadata.annotations['vault.hashicorp.com/agent-inject']).toBe('true');

    const noAddress = await template(['ci/vault-values.yaml'], { set: ['secrets.vault.renewal=app'] });
    expect(noAddress.result.code).not.toBe(0);
    expect(noAddress.result.stderr).toContain('secrets.vault.address is required');
    const badMode = await template(['ci/vault-values.yaml'], { set: ['secrets.vault.renewal=sidecar'] });
    expect(badMode.result.code).not.toBe(0);
  });

  it('keeps the example values close to what operators need to set', () => {
    for (const file of ['examples/values-staging.yaml', 'examples/values-production.yaml']) {
      const values = parse(readFileSync(join(chartDir, file), 'utf8'));
      expect(values.secrets.source, file).toBe('vault');
      expect(values.backup.enabled, file).toBe(true);
    }
  });
});
