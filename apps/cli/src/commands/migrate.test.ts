import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TENANT_TEMPLATES_DIR } from '@dispatch/db';
import { cli, createDirectTarget, type CliCall, type DirectTarget } from '../test/cli-harness';

let target: DirectTarget;
let templatesDir: string;
const slugs = ['mig-alpha', 'mig-bravo', 'mig-charlie'];
const withTemplates = (argv: string[], extra: Partial<CliCall> = {}) =>
  cli(argv, { env: target.env, templatesDir, ...extra });

beforeAll(async () => {
  target = await createDirectTarget();
  expect((await cli(['platform', 'migrate'], { env: target.env })).code).toBe(0);
  // Tenants are provisioned at the repository's templates; the copy below adds one more that only
  // mig-bravo's schema refuses.
  for (const slug of slugs) {
    expect((await cli(['tenants', 'create', slug, '--name', slug], { env: target.env })).code).toBe(0);
  }
  templatesDir = await mkdtemp(join(tmpdir(), 'dispatch-cli-templates-'));
  await cp(TENANT_TEMPLATES_DIR, templatesDir, { recursive: true });
  await writeFile(
    join(templatesDir, '29991231000000_cli_probe.sql'),
    `DO $$ BEGIN
       IF current_schema() = 'tenant_mig_bravo' THEN RAISE EXCEPTION 'simulated failure in %', current_schema(); END IF;
     END $$;
     CREATE TABLE cli_probe (tenant_id uuid NOT NULL);`,
  );
});
afterAll(async () => {
  await target?.cleanup();
  if (templatesDir) await rm(templatesDir, { recursive: true, force: true });
});

async function pending(): Promise<Record<string, number>> {
  const { stdout } = await withTemplates(['migrate', 'status', '--json']);
  const status = JSON.parse(stdout) as { tenants: { slug: string; pending: number }[] };
  return Object.fromEntries(status.tenants.map((tenant) => [tenant.slug, tenant.pending]));
}

describe('dispatch-admin migrate (direct mode)', () => {
  it('shows the latest template version and the tenants behind it', async () => {
    const status = await withTemplates(['migrate', 'status']);
    expect(status.code).toBe(0);
    expect(status.stdout).toContain('Latest template version: 29991231000000_cli_probe');
    expect(status.stdout).toContain('0 of 3 tenants up to date, 3 with pending migrations.');
    for (const slug of slugs) expect(status.stdout).toMatch(new RegExp(`^${slug}\\s+\\S+\\s+1$`, 'm'));
  });

  it('stops handing out tenants on Ctrl-C, lets the one in flight finish, and exits 130', async () => {
    const interrupted = await withTemplates(['migrate', '--concurrency', '1'], {
      onStderr: (chunk, interrupt) => {
        if (chunk.startsWith('migrated 1/3')) interrupt();
      },
    });
    expect(interrupted.code).toBe(130);
    expect(interrupted.stderr).toContain('Stopping after the tenants in flight');
    expect(interrupted.stdout).toContain('Migrated 1 tenant, 0 already up to date, 0 failed (of 3).');
    expect(interrupted.stdout).toContain(
      'Interrupted: 2 tenants not attempted; run `dispatch-admin migrate` again',
    );
    expect(await pending()).toEqual({ 'mig-alpha': 0, 'mig-bravo': 1, 'mig-charlie': 1 });
  });

  it('continues on re-run, migrates the others past a failing tenant, and lists the failure', async () => {
    const result = await withTemplates(['migrate']);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n').at(-1)).toBe('migrated 3/3 (1 failed)');
    expect(result.stdout).toContain('Migrated 1 tenant, 1 already up to date, 1 failed (of 3).');
    expect(result.stdout).toMatch(/^TENANT\s+ERROR$/m);
    expect(result.stdout).toMatch(/^mig-bravo\s+simulated failure in tenant_mig_bravo$/m);
    expect(await pending()).toEqual({ 'mig-alpha': 0, 'mig-bravo': 1, 'mig-charlie': 0 });
  });

  it('targets one tenant and reports in JSON', async () => {
    const result = await withTemplates(['migrate', '--tenant', 'mig-bravo', '--json']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({
      total: 1,
      done: 1,
      migrated: 0,
      failed: [{ slug: 'mig-bravo', error: 'simulated failure in tenant_mig_bravo' }],
      interrupted: false,
    });
    const unknown = await withTemplates(['migrate', '--tenant', 'mig-nobody']);
    expect(unknown).toMatchObject({ code: 1, stderr: 'error: no live tenant "mig-nobody"\n' });
    const badConcurrency = await withTemplates(['migrate', '--concurrency', '0']);
    expect(badConcurrency.code).toBe(1);
    expect(badConcurrency.stderr).toContain("option '--concurrency <n>' argument '0' is invalid");
  });
});
