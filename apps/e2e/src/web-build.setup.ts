import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { buildWebApp } from '@dispatch/dev';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * Vitest global setup of the browser project: the web app's production build, as `npm start` builds it.
 * CI always builds; locally an existing build newer than every source is reused.
 */
export default async function setup(): Promise<void> {
  const web = await buildWebApp(join(root, 'apps', 'web'), {
    logFile: join(root, 'apps', 'e2e', 'artifacts', 'web-build.log'),
    force: process.env.CI === 'true',
    say: (line) => process.stdout.write(`browser tests: ${line}\n`),
  });
  if (!web) throw new Error('apps/web has no build script: the browser tests need the web app');
}
