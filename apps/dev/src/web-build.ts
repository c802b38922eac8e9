import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { delimiter, dirname, join } from 'node:path';

/** The newest modification time of the build's inputs (sources, index.html, config files). */
function newestInput(webDir: string): number {
  let newest = 0;
  const visit = (path: string) => {
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path)) if (entry !== 'node_modules') visit(join(path, entry));
    } else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const name of ['src', 'public', 'index.html', 'package.json', 'vite.config.ts', 'tsconfig.json'])
    if (existsSync(join(webDir, name))) visit(join(webDir, name));
  return newest;
}

export interface WebBuild {
  distDir: string;
  /** False when the existing build was newer than every input. */
  built: boolean;
}

/**
 * Builds the web app with its own `build` script (as `pnpm run build` would: its node_modules/.bin first on
 * PATH) when `apps/web` exists and has one; skipped when `dist/index.html` is newer than every input.
 * Output goes to `logFile`; a failed build throws with the log's path. Undefined when there is no web app.
 */
export async function buildWebApp(
  webDir: string,
  options: { logFile: string; force?: boolean; say?: (line: string) => void },
): Promise<WebBuild | undefined> {
  const manifest = join(webDir, 'package.json');
  if (!existsSync(manifest)) return undefined;
  const script = (JSON.parse(readFileSync(manifest, 'utf8')) as { scripts?: Record<string, string> }).scripts
    ?.build;
  if (!script) return undefined;
  const distDir = join(webDir, 'dist');
  const index = join(distDir, 'index.html');
  if (!options.force && existsSync(index) && statSync(index).mtimeMs > newestInput(webDir)) {
    return { distDir, built: false };
  }
  options.say?.(`building the web app (${script}; log in ${options.logFile})…`);
  await mkdir(dirname(options.logFile), { recursive: true });
  const log = createWriteStream(options.logFile);
  const root = join(webDir, '..', '..');
  const path = [join(webDir, 'node_modules', '.bin'), join(root, 'node_modules', '.bin'), process.env.PATH]
    .filter(Boolean)
    .join(delimiter);
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(script, { cwd: webDir, shell: true, env: { ...process.env, PATH: path } });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    child.once('error', reject);
    child.once('close', resolve);
  });
  await new Promise((resolve) => log.end(resolve));
  if (code !== 0) throw new Error(`the web app's build failed (exit ${code}); see ${options.logFile}`);
  return { distDir, built: true };
}
