import { createPool, grantPlatformAccess, migratePlatform, type Pool } from '@dispatch/db';
import { resolveTestServices, type TestServices } from '@dispatch/local-services';
import { startBenchPostgres } from './bench-postgres';
import { APP_ROLE, createTestDatabase, type TestDatabase } from '@dispatch/testkit';
import type { AppConfig } from '@dispatch/config';
import type { BenchSettings } from './settings';
import type { Progress } from './progress';
import { Results, type ScenarioRecorder } from './results';
import { startBenchIssuers, type BenchIssuers } from './issuer';
import { TenantFleet } from './tenants';
import { apiConfig, apiEnvironment } from './servers';
import { buildApi, type ApiBuild } from './api-build';

/** Everything a scenario may use. Scenarios add what they need for themselves and clean it up. */
export interface BenchContext {
  settings: BenchSettings;
  progress: Progress;
  services: Pick<TestServices, 'adminDatabaseUrl' | 'redisUrl'> & {
    /** Where each came from, for the report: `own cluster (…)`, `local`, `env`, `testcontainers`. */
    sources: { database: string; redis: string };
  };
  /** A fresh database for this run, dropped at the end. */
  database: TestDatabase;
  /** Owner connection (provisioning, migrations, fixtures, pg_stat_activity). */
  adminPool: Pool;
  /** The runtime role: no superuser, no owner, subject to RLS. */
  appRole: string;
  issuers: BenchIssuers;
  /** Tenants provisioned so far; `fleet.grow(n)` provisions more. */
  fleet: TenantFleet;
  /** The configuration the real API runs with (production defaults; B1 copies its pool settings). */
  apiConfig: AppConfig;
  /** The variables `apiConfig` was read from: API child processes (`api-process.ts`) get the same. */
  apiEnv: Record<string, string>;
  /** The API's production bundle (`api-build.ts`): built on the first call of the run, removed at its end. */
  apiBuild(): Promise<ApiBuild>;
  results: Results;
}

/** A unit of the benchmark. Register new ones in `bench/scenarios/index.ts`. */
export interface Scenario {
  /** Stable id, used by `BENCH_ONLY` and by later scenarios to find baselines (`results.figure(id, key)`). */
  id: string;
  title: string;
  /** How it is measured, one paragraph of Markdown for the report. */
  method: string;
  run(ctx: BenchContext, out: ScenarioRecorder): Promise<void>;
}

export async function openContext(
  settings: BenchSettings,
  progress: Progress,
): Promise<{ ctx: BenchContext; close(): Promise<void> }> {
  const cluster = settings.postgres === 'own' ? await startBenchPostgres(progress) : undefined;
  const resolved = await resolveTestServices(
    cluster ? { env: { ...process.env, DATABASE_URL: cluster.url } } : {},
  ).catch(async (error: unknown) => {
    await cluster?.stop();
    throw error;
  });
  const services = {
    ...resolved,
    sources: { database: cluster?.description ?? resolved.sources.database, redis: resolved.sources.redis },
  };
  progress.log(`services: Postgres (${services.sources.database}), Redis (${services.sources.redis})`);
  const cleanups: Array<() => Promise<unknown>> = [() => resolved.stop()];
  if (cluster) cleanups.unshift(() => cluster.stop());
  const close = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
    cleanups.length = 0;
  };
  try {
    const database = await createTestDatabase(services.adminDatabaseUrl);
    cleanups.push(() => database.drop());
    progress.log(`database ${database.name} created`);
    const adminPool = createPool(database.adminUrl, { max: 4, applicationName: 'bench-admin' });
    cleanups.push(() => adminPool.end());
    await migratePlatform(adminPool);
    await grantPlatformAccess(adminPool, APP_ROLE);
    const issuers = await startBenchIssuers();
    cleanups.push(() => issuers.close());
    const apiEnv = apiEnvironment({
      appUrl: database.appUrl,
      adminUrl: database.adminUrl,
      redisUrl: services.redisUrl,
      platformIssuer: issuers.issuerFor('platform'),
      logLevel: settings.apiLogLevel,
    });
    let build: Promise<ApiBuild> | undefined;
    cleanups.push(async () => (await build)?.remove());
    const ctx: BenchContext = {
      settings,
      progress,
      services,
      database,
      adminPool,
      appRole: APP_ROLE,
      issuers,
      fleet: new TenantFleet(adminPool, issuers, APP_ROLE),
      apiConfig: apiConfig(apiEnv),
      apiEnv,
      apiBuild: () => (build ??= buildApi(progress)),
      results: new Results(),
    };
    return { ctx, close };
  } catch (error) {
    await close();
    throw error;
  }
}
