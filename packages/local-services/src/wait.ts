import { setTimeout as sleep } from 'node:timers/promises';
import { outputTail, type ManagedProcess } from './processes';

export interface WaitOptions {
  timeoutMs?: number;
  intervalMs?: number;
  /** Stop waiting as soon as this process exits: it will never become ready. */
  process?: ManagedProcess;
}

/** Retries `attempt` until it resolves, the process dies or the time is up. */
export async function waitUntilReady<T>(what: string, attempt: () => Promise<T>, options: WaitOptions = {}) {
  const { timeoutMs = 20_000, intervalMs = 100, process } = options;
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    if (process && !process.isRunning()) {
      const { code, signal } = await process.exited;
      throw new Error(
        `${what} exited before it was ready (code ${code}, signal ${signal})${outputTail(process)}`,
      );
    }
    try {
      return await attempt();
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const reason = lastError instanceof Error ? lastError.message : String(lastError);
      throw new Error(
        `${what} was not ready after ${timeoutMs} ms: ${reason}${process ? outputTail(process) : ''}`,
      );
    }
    await sleep(intervalMs);
  }
}
