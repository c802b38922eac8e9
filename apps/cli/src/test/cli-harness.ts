import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APP_ROLE, createTestDatabase, testServices, type TestDatabase } from '@dispatch/testkit';
import { runCli } from '../cli';
import type { RunCliOptions } from '../context';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliCall extends RunCliOptions {
  env: Record<string, string | undefined>;
  /** Answers the delete confirmation as a person at a terminal would. */
  answer?: string;
  /** Sees every stderr chunk; calling `interrupt` acts as Ctrl-C. */
  onStderr?: (chunk: string, interrupt: () => void) => void;
}

/** Runs one command line in-process with captured, non-TTY streams. */
export async function cli(argv: string[], call: CliCall): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  let onInterrupt: (() => void) | undefined;
  const interrupt = () => onInterrupt?.();
  const code = await runCli(
    argv,
    {
      stdout: { write: (chunk: string) => (stdout += chunk) },
      stderr: {
        write: (chunk: string) => {
          stderr += chunk;
          call.onStderr?.(chunk, interrupt);
        },
      },
      env: call.env,
      prompt: call.answer === undefined ? undefined : async () => call.answer!,
      trapInterrupt(handler) {
        onInterrupt = handler;
        return () => (onInterrupt = undefined);
      },
    },
    { pollIntervalMs: 50, progressIntervalMs: 0, templatesDir: call.templatesDir },
  );
  return { code, stdout, stderr };
}

export interface DirectTarget {
  database: TestDatabase;
  env: Record<string, string>;
  exportDir: string;
  cleanup(): Promise<void>;
}

/** A fresh database plus an export folder, addressed the way an operator would: through the environment. */
export async function createDirectTarget(): Promise<DirectTarget> {
  const database = await createTestDatabase(testServices().adminDatabaseUrl);
  const exportDir = await mkdtemp(join(tmpdir(), 'dispatch-cli-exports-'));
  return {
    database,
    exportDir,
    env: { DATABASE_ADMIN_URL: database.adminUrl, DATABASE_APP_ROLE: APP_ROLE, TENANT_EXPORT_DIR: exportDir },
    async cleanup() {
      await database.drop();
      await rm(exportDir, { recursive: true, force: true });
    },
  };
}
