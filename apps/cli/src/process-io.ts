import { createInterface } from 'node:readline/promises';
import type { CliIo } from './io';

async function ask(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return await rl.question(question);
  } finally {
    rl.close();
  }
}

const SAME_PRESS_MS = 1000;

/** The real process: its streams, environment, terminal and signals. */
export function processIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    prompt: process.stdin.isTTY ? ask : undefined,
    trapInterrupt(onInterrupt) {
      let firstAt: number | undefined;
      const listener = () => {
        if (firstAt === undefined) {
          firstAt = Date.now();
          return onInterrupt();
        }
        // Wrappers (pnpm → tsx) relay one Ctrl-C as two signals a few ms apart: only a later press counts.
        // That one quits at once; open tenant transactions roll back when their connections drop.
        if (Date.now() - firstAt > SAME_PRESS_MS) process.exit(130);
      };
      process.on('SIGINT', listener);
      return () => process.off('SIGINT', listener);
    },
  };
}
