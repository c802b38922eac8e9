import { fileURLToPath } from 'node:url';

/** Benchmark knobs, read once from the environment. Defaults keep a full run under ~7 minutes on 2 cores. */
export interface BenchSettings {
  /** Measured seconds per HTTP run. */
  durationS: number;
  /** Unmeasured seconds before each HTTP run (caches, JIT, pool fill). */
  warmupS: number;
  /**
   * Warm-up of the read across every tenant, after its cold phase: long enough for each pooled backend to have
   * met most tenant schemas, so the measured run sees the steady state a long-lived pool reaches.
   */
  scaleWarmupS: number;
  /** Open HTTP connections of the load generator, identical for every HTTP scenario. */
  connections: number;
  /** Tenants provisioned and read across in the scale scenarios. */
  tenants: number;
  /** Tenants the baseline tenant read is spread over. */
  readTenants: number;
  migrationConcurrency: number;
  /** Before each scenario, wait up to this long for other work on the box to stop (0: never wait). */
  quietWaitS: number;
  /**
   * `own` (default): a Postgres cluster of the run's own, on Postgres' defaults (autovacuum on, as in production)
   * with production-like memory, from the installed server's binaries; `shared`: the machine's server (or
   * DATABASE_URL), as configured there.
   */
  postgres: 'own' | 'shared';
  /** Level of the API's own request log (written to /dev/null): `info` is what production runs. */
  apiLogLevel: 'info' | 'warn' | 'silent';
  /**
   * The customer-base load (`nominal`, `nominal-3x`, `rolling-restart`): virtual users, tenants and dispatcher
   * sockets at nominal size (3× nominal multiplies all three), think time, recorded seconds and the warm-up first.
   */
  nominal: {
    users: number;
    tenants: number;
    sockets: number;
    thinkMs: number;
    seconds: number;
    warmupS: number;
  };
  /** Only these scenario ids (comma-separated `BENCH_ONLY`); empty means all. */
  only: string[];
  reportDir: string;
}

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be a whole number between ${min} and ${max}, got "${raw}"`);
  }
  return value;
}

export function readSettings(env: NodeJS.ProcessEnv = process.env): BenchSettings {
  const logLevel = env.BENCH_API_LOG_LEVEL?.trim() || 'info';
  if (logLevel !== 'info' && logLevel !== 'warn' && logLevel !== 'silent') {
    throw new Error(`BENCH_API_LOG_LEVEL must be info, warn or silent, got "${logLevel}"`);
  }
  const tenants = integer(env, 'BENCH_TENANTS', 1000, 1, 100_000);
  const postgres = env.BENCH_POSTGRES?.trim() || 'own';
  if (postgres !== 'own' && postgres !== 'shared') {
    throw new Error(`BENCH_POSTGRES must be own or shared, got "${postgres}"`);
  }
  return {
    durationS: integer(env, 'BENCH_DURATION_S', 8, 1, 3600),
    warmupS: integer(env, 'BENCH_WARMUP_S', 5, 0, 600),
    scaleWarmupS: integer(env, 'BENCH_SCALE_WARMUP_S', 15, 0, 600),
    connections: integer(env, 'BENCH_CONNECTIONS', 32, 1, 10_000),
    tenants,
    readTenants: Math.min(integer(env, 'BENCH_READ_TENANTS', 10, 1, 100_000), tenants),
    migrationConcurrency: integer(env, 'BENCH_MIGRATION_CONCURRENCY', 4, 1, 64),
    quietWaitS: integer(env, 'BENCH_QUIET_WAIT_S', 10, 0, 3600),
    postgres,
    apiLogLevel: logLevel,
    nominal: {
      users: integer(env, 'BENCH_NOMINAL_USERS', 1000, 1, 100_000),
      tenants: integer(env, 'BENCH_NOMINAL_TENANTS', 50, 1, 10_000),
      sockets: integer(env, 'BENCH_NOMINAL_SOCKETS', 200, 0, 100_000),
      thinkMs: integer(env, 'BENCH_THINK_MS', 5000, 1, 600_000),
      seconds: integer(env, 'BENCH_NOMINAL_S', 60, 1, 3600),
      warmupS: integer(env, 'BENCH_NOMINAL_WARMUP_S', 15, 0, 600),
    },
    only: (env.BENCH_ONLY ?? '')
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean),
    reportDir:
      env.BENCH_REPORT_DIR?.trim() || fileURLToPath(new URL('../../docs/benchmarks', import.meta.url)),
  };
}
