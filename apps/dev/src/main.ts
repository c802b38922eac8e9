/**
 * `npm start`: the whole product on embedded defaults. Brings up Postgres and Redis (or uses configured ones),
 * builds the web app, then starts the stack (migrations, dev identity provider, demo tenants, the API serving
 * the app) and prints where everything is.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError } from '@dispatch/config';
import { startDevServices } from './local-services';
import { buildWebApp } from './web-build';
import { startStack } from './stack';
import { banner } from './banner';

const say = (line: string) => process.stdout.write(`[dev] ${line}\n`);
const root = fileURLToPath(new URL('../../..', import.meta.url));
const dataDir = join(root, '.data');
const logFile = join(dataDir, 'logs', 'api.log');
const apiPort = Number(process.env.PORT ?? 3000);
const idpPort = Number(process.env.DEV_IDP_PORT ?? 4000);
/** `pnpm dev:web` serves the app with hot reload here; sign-in may return to it too. */
const viteDevPort = 5173;

const cleanups: (() => Promise<void>)[] = [];
let stopping = false;
async function stopAll(code: number) {
  if (stopping) return;
  stopping = true;
  say('stopping…');
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
  say('stopped.');
  process.exit(code);
}
process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));

try {
  await mkdir(dataDir, { recursive: true });
  const services = await startDevServices(dataDir, say);
  cleanups.push(() => services.stop());

  const web = await buildWebApp(join(root, 'apps', 'web'), {
    logFile: join(dataDir, 'logs', 'web-build.log'),
    say,
  });
  if (!web) say('no web app to build (apps/web has no build script); serving the API only');

  const stack = await startStack({
    adminDatabaseUrl: services.adminDatabaseUrl,
    redisUrl: services.redisUrl,
    dataDir,
    apiPort,
    idpPort,
    baseDomain: process.env.BASE_DOMAIN ?? 'localhost',
    webDistDir: web?.distDir,
    extraWebPorts: [viteDevPort],
    logFile,
    appRole: process.env.DATABASE_APP_ROLE,
    appPassword: process.env.DEV_APP_ROLE_PASSWORD,
    env: { ...process.env, ...services.objectStoreEnv },
    say,
  });
  cleanups.push(() => stack.close());

  process.stdout.write(
    banner({
      origin: stack.origin,
      apiPort,
      webServed: Boolean(web),
      metricsUrl: stack.server.metricsUrl,
      idpUrl: stack.idp.url,
      issuer: stack.idp.issuer,
      logFile,
      services: services.describe,
    }) + '\n',
  );
} catch (error) {
  process.stderr.write(
    `[dev] ${error instanceof ConfigError ? error.message : ((error as Error).stack ?? String(error))}\n`,
  );
  await stopAll(1);
}
