import { userInfo } from 'node:os';
import { isAbsolute, resolve } from 'node:path';
import { ConfigError, loadDatabaseTools, loadObjectStorage } from '@dispatch/config';
import { CliError } from './errors';
import type { CliIo } from './io';
import type { PlatformClient } from './clients/platform-client';
import { createDirectClient } from './clients/direct-client';
import { createHttpClient } from './clients/http-client';

/** Options every command accepts (declared on the program). */
export interface GlobalOptions {
  api?: string;
  token?: string;
  databaseUrl?: string;
  json?: boolean;
}

/** Test seams and tuning that are not command-line flags. */
export interface RunCliOptions {
  templatesDir?: string;
  pollIntervalMs?: number;
  progressIntervalMs?: number;
}

function parseUrl(raw: string, name: string, protocols: string[]): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new CliError(`${name} must be a URL, got "${raw}"`);
  }
  if (!protocols.includes(url.protocol)) throw new CliError(`${name} must use ${protocols.join(' or ')}`);
  return raw;
}

function actor(env: CliIo['env']): string {
  try {
    return `cli:${userInfo().username}`;
  } catch {
    return `cli:${env.USER ?? 'unknown'}`;
  }
}

/** pnpm runs scripts inside apps/cli; a relative path means the directory the command was typed in. */
export function invocationPath(env: CliIo['env'], path: string): string {
  return isAbsolute(path) ? path : resolve(env.INIT_CWD ?? process.cwd(), path);
}

/**
 * Picks the transport: flags beat the environment, and the API beats the database when both are set,
 * because the API also invalidates registry caches and drops realtime connections on changes.
 */
export function createClient(
  globals: GlobalOptions,
  io: CliIo,
  options: RunCliOptions,
  needs: { directOnly?: boolean } = {},
): PlatformClient {
  const env = io.env;
  // A command that needs the database ignores DISPATCH_API_URL; only an explicit --api overrides.
  const apiUrl =
    globals.databaseUrl || needs.directOnly ? globals.api : (globals.api ?? env.DISPATCH_API_URL);
  if (apiUrl) {
    const token = globals.token ?? env.DISPATCH_TOKEN;
    if (!token) {
      throw new CliError('API mode needs a platform-admin token: pass --token or set DISPATCH_TOKEN');
    }
    return createHttpClient({
      baseUrl: parseUrl(apiUrl, '--api / DISPATCH_API_URL', ['http:', 'https:']),
      token,
      pollIntervalMs: options.pollIntervalMs,
    });
  }
  const adminUrl = globals.databaseUrl ?? env.DATABASE_ADMIN_URL;
  if (!adminUrl) {
    throw new CliError(
      'nothing to talk to: pass --api <url> (or set DISPATCH_API_URL) for the platform API, ' +
        'or --database-url <url> (or set DATABASE_ADMIN_URL) to work on the database directly',
    );
  }
  const { settings, objectStorage } = typedSettings(env);
  return createDirectClient({
    adminUrl: parseUrl(adminUrl, '--database-url / DATABASE_ADMIN_URL', ['postgres:', 'postgresql:']),
    appRole: settings.appRole,
    ownerRole: settings.ownerRole,
    exportDir: invocationPath(env, settings.exportDir),
    objectStorage,
    actor: actor(env),
    redisUrl: settings.redisUrl,
    templatesDir: options.templatesDir,
  });
}

/** The direct mode's settings, read and checked by the typed configuration as the API reads them. */
function typedSettings(env: CliIo['env']) {
  try {
    return { settings: loadDatabaseTools(env), objectStorage: loadObjectStorage(env) };
  } catch (error) {
    if (error instanceof ConfigError) throw new CliError(error.message);
    throw error;
  }
}
