import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStack, type RunningStack } from '@dispatch/dev';
import { createTestDatabase, testServices } from '@dispatch/testkit';

const webDist = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** A port nobody listens on right now (the IdP's redirect URIs must name the API's port before it starts). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface BrowserStack extends RunningStack {
  /** Where the API's request log of this run is (JSON lines), for a failing test's diagnosis. */
  logFile: string;
  stop(): Promise<void>;
}

/**
 * The real stack the way `npm start` runs it (same `startStack`): a fresh database on the test Postgres, the
 * test Redis, the dev IdP on a free port, the seeded demo tenants acme and globex, and the API serving the
 * built web app on a free port. Hosts are `*.localhost`, which Chromium resolves to loopback by itself.
 * `services` defaults to the ones Vitest's global setup resolved; `pnpm bench` passes its own.
 */
export async function startBrowserStack(
  services: { adminDatabaseUrl: string; redisUrl: string } = testServices(),
): Promise<BrowserStack> {
  const database = await createTestDatabase(services.adminDatabaseUrl);
  const dataDir = await mkdtemp(join(tmpdir(), 'dispatch-browser-'));
  const logFile = join(dataDir, 'api.log');
  try {
    const stack = await startStack({
      adminDatabaseUrl: database.adminUrl,
      redisUrl: services.redisUrl,
      dataDir,
      apiPort: await freePort(),
      idpPort: 0,
      webDistDir: webDist,
      logFile,
      env: { HOST: '127.0.0.1', METRICS_PORT: '0', LOG_LEVEL: 'info', DATABASE_POOL_MAX: '4' },
    });
    return {
      ...stack,
      logFile,
      async stop() {
        await stack.close();
        await database.drop();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await database.drop().catch(() => {});
    throw error;
  }
}
