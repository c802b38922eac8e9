import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, requireBinary, run } from './tools';

/** Runs Debian's yamllint with the repository's config on files or on a YAML text; returns its findings. */
export async function yamllint(text: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'yamllint-'));
  try {
    const file = join(dir, 'rendered.yaml');
    await writeFile(file, text);
    return await yamllintFiles([file]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function yamllintFiles(paths: string[]): Promise<string> {
  const binary = requireBinary('yamllint', 'yamllint');
  const result = await run(binary, ['-f', 'parsable', '-c', join(repoRoot, '.yamllint.yaml'), ...paths]);
  return `${result.stdout}${result.stderr}`.trim();
}
