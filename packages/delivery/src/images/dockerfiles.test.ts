import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validate } from 'dockerfile-utils';
import { describe, expect, it } from 'vitest';
import { repoRoot, run } from '../tools';

const DOCKERFILES = ['apps/api/Dockerfile', 'apps/web/Dockerfile'];

/** The FROM lines' images with ARG defaults substituted. */
function baseImages(text: string): string[] {
  const args = Object.fromEntries([...text.matchAll(/^ARG (\w+)=(\S+)$/gm)].map((m) => [m[1], m[2]]));
  return [...text.matchAll(/^FROM (\S+)/gm)].map((m) =>
    m[1]!.replace(/\$\{(\w+)\}/g, (_, name) => args[name] ?? ''),
  );
}

const lastStage = (text: string) => text.slice(text.lastIndexOf('\nFROM '));

describe.each(DOCKERFILES)('%s', (path) => {
  const text = readFileSync(join(repoRoot, path), 'utf8');

  it('passes dockerfile-utils lint with no problem', () => {
    expect(validate(text).map((d) => `${d.range.start.line + 1}: ${d.message}`)).toEqual([]);
  });

  it('builds in stages from base images pinned to an exact version', () => {
    const images = baseImages(text);
    expect(images.length).toBeGreaterThanOrEqual(2);
    for (const image of images) expect(image).toMatch(/(:\d+\.\d+\.\d+[\w.-]*|@sha256:[a-f0-9]{64})$/);
  });

  it('runs as a non-root user with a healthcheck, and ships no dev dependencies', () => {
    const final = lastStage(text);
    const user = /^USER (\S+)$/m.exec(final)?.[1];
    expect(user).toBeDefined();
    expect(user).not.toMatch(/^(root|0)(:|$)/);
    expect(final).toMatch(/^HEALTHCHECK /m);
    // The final stage copies build output only; installs with dev dependencies stay in the build stage.
    expect(final).not.toMatch(/pnpm install|npm install/);
    if (path.includes('api')) expect(text).toContain('--prod deploy');
  });
});

describe('the API image', () => {
  it('starts compiled JavaScript and carries the CLI the chart runs', () => {
    const text = readFileSync(join(repoRoot, 'apps/api/Dockerfile'), 'utf8');
    // Node flags may come first (the heap flags, which the chart test holds equal to api.nodeOptions).
    expect(text).toMatch(/^CMD \["node", (?:"--[\w-]+(?:=\w+)?", )*"apps\/api\/dist\/main\.js"\]$/m);
    expect(readFileSync(join(repoRoot, 'apps/api/dispatch-admin.sh'), 'utf8')).toContain(
      '/app/apps/cli/dist/main.js',
    );
    // The build the image runs is the apps' own: esbuild bundles written to dist/main.js.
    expect(text).toContain('pnpm --filter @dispatch/api --filter @dispatch/cli run build');
    for (const app of ['api', 'cli']) {
      const manifest = JSON.parse(readFileSync(join(repoRoot, `apps/${app}/package.json`), 'utf8'));
      expect(manifest.scripts.build, app).toContain('build-node-app.mjs');
    }
    const chart = readFileSync(join(repoRoot, 'charts/dispatch/templates/api-deployment.yaml'), 'utf8');
    expect(chart).toContain('args: ["node", "apps/api/dist/main.js"]');
  });
});

describe('the API image entrypoint', () => {
  const entrypoint = join(repoRoot, 'apps/api/docker-entrypoint.sh');

  it('loads the credentials file the Vault Agent renders, then runs the command', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'entrypoint-'));
    try {
      const envFile = join(dir, 'dispatch.env');
      await writeFile(envFile, 'export DATABASE_URL="postgresql://lease-1:secret@pgbouncer:6432/dispatch"\n');
      const result = await run('sh', [entrypoint, 'sh', '-c', 'printf %s "$DATABASE_URL"'], {
        env: { PATH: process.env.PATH ?? '', DISPATCH_ENV_FILE: envFile },
      });
      expect(result.stderr).toBe('');
      expect(result.stdout).toBe('postgresql://lease-1:secret@pgbouncer:6432/dispatch');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('runs the command untouched without a credentials file (Kubernetes Secrets mode)', async () => {
    const result = await run('sh', [entrypoint, 'sh', '-c', 'printf ran'], {
      env: { PATH: process.env.PATH ?? '' },
    });
    expect(result).toMatchObject({ code: 0, stdout: 'ran' });
  });

  it('refuses to start when the announced credentials file is missing', async () => {
    const result = await run('sh', [entrypoint, 'sh', '-c', 'printf ran'], {
      env: { PATH: process.env.PATH ?? '', DISPATCH_ENV_FILE: '/nonexistent/dispatch.env' },
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('/nonexistent/dispatch.env is not readable');
  });
});
