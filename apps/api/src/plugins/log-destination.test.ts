import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const DESTINATION = fileURLToPath(new URL('./log-destination.ts', import.meta.url));
/** The child scripts resolve `pino` from the API package, as the API does. */
const API_DIR = fileURLToPath(new URL('../..', import.meta.url));
const LINES = 20_000;

/**
 * Two processes logging through `logDestination` to one stdout pipe, as API workers do, each ending with
 * `process.exit` right after its last line: what the pipe carries is every line, whole.
 */
function twoWritersOnOnePipe(): Promise<string> {
  const script = `
    const { default: pino } = await import('pino');
    const { logDestination } = await import(${JSON.stringify(DESTINATION)});
    const log = pino(logDestination());
    const padding = 'x'.repeat(Number(process.env.WRITER) * 150);
    for (let line = 0; line < ${LINES}; line += 1) log.info({ writer: process.env.WRITER, line, padding });
    process.exit(0);`;
  // A shell starts both writers on its own stdout: one pipe, whose read end is the test's.
  const node = (id: string) =>
    `WRITER=${id} "${process.execPath}" --import tsx --input-type=module -e "$SCRIPT"`;
  const shell = spawn('sh', ['-c', `${node('1')} & ${node('2')} & wait`], {
    cwd: API_DIR,
    env: { ...process.env, SCRIPT: script },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    shell.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    shell
      .on('error', reject)
      .on('close', (code) => (code === 0 ? resolve(output) : reject(new Error(`exit ${code}`))));
  });
}

describe('log destination', () => {
  it('delivers every line whole from two processes sharing a pipe, up to their exit', async () => {
    const output = await twoWritersOnOnePipe();
    const lines = output.split('\n').filter(Boolean);
    const parsed = lines.map((line) => JSON.parse(line) as { writer: string; line: number });
    for (const writer of ['1', '2']) {
      const numbers = parsed.filter((entry) => entry.writer === writer).map((entry) => entry.line);
      expect(numbers).toHaveLength(LINES);
      expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    }
  }, 60_000);
});
