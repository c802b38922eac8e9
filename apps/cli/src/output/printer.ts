import type { OutputStream } from '../io';

/** Where command results go: stdout for results (text or JSON), stderr for notes and progress. */
export interface Printer {
  readonly json: boolean;
  /** Colours, banners and bars only for a person at a terminal. */
  readonly tty: boolean;
  readonly stderr: OutputStream;
  line(text?: string): void;
  note(text: string): void;
  data(value: unknown): void;
}

export function createPrinter(stdout: OutputStream, stderr: OutputStream, json: boolean): Printer {
  return {
    json,
    tty: Boolean(stdout.isTTY),
    stderr,
    line: (text = '') => void stdout.write(`${text}\n`),
    note: (text) => void stderr.write(`${text}\n`),
    data: (value) => void stdout.write(`${JSON.stringify(value, null, 2)}\n`),
  };
}
