import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePort } from '@dispatch/local-services';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, requireBinary, run } from '../tools';

/**
 * The web image's server config (apps/web/nginx.conf) served by a real nginx (Debian's) over a stand-in build
 * output, on a free port: the image itself is built only in GitHub Actions, its config is proven here.
 */
let dir: string;
let nginx: ChildProcess | undefined;
let base: string;

beforeAll(async () => {
  const binary = requireBinary('nginx', 'nginx-core');
  dir = await mkdtemp(join(tmpdir(), 'nginx-'));
  await chmod(dir, 0o755); // the worker processes run unprivileged
  const html = join(dir, 'html');
  await mkdir(join(html, 'assets'), { recursive: true });
  await writeFile(join(html, 'index.html'), '<!doctype html><div id="root"></div>');
  await writeFile(join(html, 'assets/index-3f2a9c.js'), 'console.log(1)');
  const port = await findFreePort();
  const server = (await readFile(join(repoRoot, 'apps/web/nginx.conf'), 'utf8'))
    .replace('listen 8080;', `listen 127.0.0.1:${port};`)
    .replace('root /usr/share/nginx/html;', `root ${html};`);
  const temp = (name: string) => `${name}_temp_path ${join(dir, name)};`;
  const config = [
    'worker_processes 1;',
    'daemon off;',
    `pid ${join(dir, 'nginx.pid')};`,
    `error_log ${join(dir, 'error.log')} warn;`,
    'events {}',
    'http {',
    '  include /etc/nginx/mime.types;',
    '  access_log off;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `  ${temp(name)}`),
    server,
    '}',
  ].join('\n');
  const configFile = join(dir, 'nginx.conf');
  await writeFile(configFile, config);
  const check = await run(binary, ['-t', '-p', dir, '-c', configFile]);
  expect(check.stderr).toContain('syntax is ok');
  nginx = spawn(binary, ['-p', dir, '-c', configFile], { stdio: 'ignore' });
  base = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    if (
      await fetch(`${base}/healthz`).then(
        () => true,
        () => false,
      )
    )
      break;
    if (attempt > 100)
      throw new Error(await readFile(join(dir, 'error.log'), 'utf8').catch(() => 'nginx did not start'));
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
});

afterAll(async () => {
  if (nginx && nginx.exitCode === null) {
    const exited = new Promise((resolve) => nginx!.once('exit', resolve));
    nginx.kill('SIGQUIT');
    await exited;
  }
  await rm(dir, { recursive: true, force: true });
});

describe('the web image nginx config', () => {
  it('answers the health check the image and the chart probe', async () => {
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('ok\n');
  });

  it('serves fingerprinted assets for a year and 404s missing ones', async () => {
    const asset = await fetch(`${base}/assets/index-3f2a9c.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-type')).toContain('javascript');
    expect((await fetch(`${base}/assets/missing-000.js`)).status).toBe(404);
  });

  it('falls back to an uncached index.html for client-side routes, with security headers', async () => {
    const route = await fetch(`${base}/work-orders/123`);
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<div id="root">');
    expect(route.headers.get('cache-control')).toBe('no-cache');
    expect(route.headers.get('x-frame-options')).toBe('DENY');
    expect(route.headers.get('x-content-type-options')).toBe('nosniff');
    expect(route.headers.get('server')).toBe('nginx'); // no version
  });
});
