import { setTimeout as sleep } from 'node:timers/promises';
import { CliError } from '../errors';
import { apiRequester, ApiProblemError } from './http-request';
import {
  isUuid,
  type MigrationFailure,
  type MigrationReport,
  type MigrationStatus,
  type PlatformClient,
  type Tenant,
} from './platform-client';

export interface HttpClientOptions {
  baseUrl: string;
  token: string;
  /** How often to poll background work (migration runs, offboarding). */
  pollIntervalMs?: number;
  /** How long `deleteTenant` waits for the background export and drop. */
  deleteTimeoutMs?: number;
}

interface RunState {
  runId?: string;
  status?: 'running' | 'finished' | 'failed';
  total?: number;
  done?: number;
  migrated?: number;
  failed?: MigrationFailure[];
}

const PAGE = 500;

/** Talks to the platform API (`/platform/*`) with a platform-admin bearer token. */
export function createHttpClient(options: HttpClientOptions): PlatformClient {
  const request = apiRequester(options.baseUrl, options.token);
  const pollMs = options.pollIntervalMs ?? 1000;

  async function listTenants(includeDeleted: boolean): Promise<Tenant[]> {
    const all: Tenant[] = [];
    let cursor: string | null = null;
    do {
      const query = new URLSearchParams({
        limit: String(PAGE),
        ...(includeDeleted ? { includeDeleted: 'true' } : {}),
      });
      if (cursor) query.set('cursor', cursor);
      const { body } = await request<{ items: Tenant[]; nextCursor: string | null }>(
        'GET',
        `/platform/tenants?${query}`,
      );
      all.push(...body.items);
      cursor = body.nextCursor;
    } while (cursor);
    return all;
  }

  async function getById(id: string): Promise<Tenant> {
    try {
      return (await request<Tenant>('GET', `/platform/tenants/${id}`)).body;
    } catch (error) {
      if (error instanceof ApiProblemError && error.status === 404) throw new CliError(`no tenant "${id}"`);
      throw error;
    }
  }

  return {
    mode: 'api',
    announcesChanges: true,
    description: `the API at ${options.baseUrl} (API mode)`,

    async createTenant(input) {
      const { status, body } = await request<Tenant>('POST', '/platform/tenants', input);
      return { tenant: body, created: status === 201 };
    },

    listTenants: ({ includeDeleted }) => listTenants(includeDeleted),

    async getTenant(ref) {
      if (isUuid(ref)) return getById(ref);
      // The API looks tenants up by id only; scanning the registry by pages is cheap at thousands of rows.
      const tenant = (await listTenants(false)).find((candidate) => candidate.slug === ref);
      if (!tenant) throw new CliError(`no tenant "${ref}"`);
      return tenant;
    },

    async setStatus(id, status) {
      return (await request<Tenant>('PATCH', `/platform/tenants/${id}`, { status })).body;
    },

    async setRateLimits(id, rateLimits) {
      return (await request<Tenant>('PATCH', `/platform/tenants/${id}`, { rateLimits })).body;
    },

    async deleteTenant(id) {
      // 202: the API exports and drops in the background; wait for the tombstone to learn where the export went.
      let tenant = (await request<Tenant>('DELETE', `/platform/tenants/${id}`)).body;
      const deadline = Date.now() + (options.deleteTimeoutMs ?? 10 * 60_000);
      while (tenant.status !== 'deleted') {
        if (Date.now() > deadline) {
          throw new CliError(
            `tenant ${tenant.slug} is still ${tenant.status}; the export may have failed (see the API logs), re-run the delete to retry`,
          );
        }
        await sleep(pollMs);
        tenant = await getById(id);
      }
      return tenant;
    },

    async migrationStatus() {
      return (await request<MigrationStatus>('GET', '/platform/migrations')).body;
    },

    async migrateTenants({ tenantSlug, signal, onProgress }) {
      const started = await request<RunState>(
        'POST',
        '/platform/migrations',
        tenantSlug ? { tenant: tenantSlug } : {},
      );
      const runId = started.body.runId;
      let state = started.body;
      while (state.status === 'running' && !signal.aborted) {
        await sleep(pollMs, undefined, { signal }).catch(() => undefined);
        const { body } = await request<{ lastRun: RunState | null }>('GET', '/platform/migrations');
        if (!body.lastRun || body.lastRun.runId !== runId) {
          throw new CliError(`lost track of migration run ${runId}: another run replaced it`);
        }
        state = body.lastRun;
        if (state.total) {
          onProgress({ done: state.done ?? 0, total: state.total, failed: state.failed?.length ?? 0 });
        }
      }
      return toReport(state, signal.aborted && state.status === 'running');
    },

    async migratePlatform() {
      throw new CliError(
        '`platform migrate` works only against the database: pass --database-url or set DATABASE_ADMIN_URL (and no --api)',
      );
    },

    async backupTenant() {
      throw directOnly('backup');
    },

    async restoreTenant() {
      throw directOnly('restore');
    },

    async resealSecrets() {
      throw new CliError(
        '`secrets reseal` works only against the database: pass --database-url or set DATABASE_ADMIN_URL (and no --api)',
      );
    },

    close: async () => {},
  };
}

function toReport(state: RunState, detached: boolean): MigrationReport {
  const total = state.total ?? 0;
  const done = state.done ?? 0;
  return {
    total,
    done,
    migrated: state.migrated ?? 0,
    // The API records a crashed run as a failure of tenant "*".
    failed: (state.failed ?? []).map((failure) =>
      failure.slug === '*' ? { ...failure, slug: '(whole run)' } : failure,
    ),
    interrupted: detached || done < total,
    detached,
  };
}

/** Backups stream every row between Postgres and the sink; they run where the database is, not through the API. */
const directOnly = (command: string) =>
  new CliError(
    `\`tenants ${command}\` works only against the database: pass --database-url or set DATABASE_ADMIN_URL (and no --api)`,
  );
