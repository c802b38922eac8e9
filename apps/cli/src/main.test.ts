import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDirectTarget, type DirectTarget } from './test/cli-harness';

const cliDir = fileURLToPath(new URL('..', import.meta.url));
let target: DirectTarget;

/** Spawns the real entrypoint: argument parsing, exit codes and stream handling of an actual process. */
function spawnCli(
  command: string[],
  argv: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      command[0]!,
      [...command.slice(1), ...argv],
      { cwd: cliDir, env: { PATH: process.env.PATH, ...target.env } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}
const tsx = (...argv: string[]) => spawnCli(['node_modules/.bin/tsx', 'src/main.ts'], argv);
const bin = (...argv: string[]) => spawnCli([process.execPath, 'bin/dispatch-admin.js'], argv);

beforeAll(async () => {
  target = await createDirectTarget();
});
afterAll(() => target?.cleanup());

describe('the dispatch-admin process', () => {
  it('migrates the platform, creates and lists a tenant, and exits 1 with one line for an unknown one', async () => {
    expect((await tsx('platform', 'migrate')).code).toBe(0);
    // `pnpm cli -- ...` passes the `--` along; it must not end option parsing.
    const created = await tsx(
      '--',
      'tenants',
      'create',
      'proc-co',
      '--name',
      'Process Co',
      '--tier',
      'premium',
    );
    expect(created).toMatchObject({ code: 0, stderr: '' });

    const listed = await bin('tenants', 'list');
    expect(listed).toMatchObject({ code: 0, stderr: '' });
    // Piped output: no transport banner, just the table.
    expect(listed.stdout).toMatch(
      /^SLUG\s+NAME\s+STATUS\s+TIER.*\nproc-co\s+Process Co\s+active\s+premium\s/,
    );

    expect(await bin('tenants', 'show', 'nobody-co')).toEqual({
      code: 1,
      stdout: '',
      stderr: 'error: no tenant "nobody-co"\n',
    });
  });
});
