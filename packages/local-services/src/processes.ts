import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

const OUTPUT_LIMIT = 8_000;
const live = new Set<ChildProcess>();
let exitHookInstalled = false;

/** A child server process whose output tail is kept for error messages. */
export interface ManagedProcess {
  readonly child: ChildProcess;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  isRunning(): boolean;
  output(): string;
  /** Sends `signal`, waits up to `timeoutMs` for exit, then SIGKILLs. */
  terminate(signal?: NodeJS.Signals, timeoutMs?: number): Promise<void>;
}

export function spawnManaged(command: string, args: string[], options: SpawnOptions = {}): ManagedProcess {
  installExitHook();
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  let tail = '';
  const append = (chunk: Buffer) => {
    tail = (tail + chunk.toString('utf8')).slice(-OUTPUT_LIMIT);
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  live.add(child);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('error', (error) => {
      append(Buffer.from(`\n${error.message}\n`));
      live.delete(child);
      resolve({ code: null, signal: null });
    });
    child.once('exit', (code, signal) => {
      live.delete(child);
      resolve({ code, signal });
    });
  });
  const isRunning = () => live.has(child);

  return {
    child,
    exited,
    isRunning,
    output: () => tail.trim(),
    async terminate(signal = 'SIGTERM', timeoutMs = 10_000) {
      if (!isRunning()) return;
      child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Last lines of a process's output, for one-line-first error messages. */
export function outputTail(process: ManagedProcess, lines = 15): string {
  const text = process.output();
  return text ? `\n--- output ---\n${text.split('\n').slice(-lines).join('\n')}` : '';
}

// Servers started for a test run must not outlive it when the runner exits without stopping them.
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const child of live) child.kill('SIGKILL');
  });
}
