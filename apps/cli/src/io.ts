/** The slice of a stream the CLI writes to; tests pass plain collectors. */
export interface OutputStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

/** Everything the CLI touches outside itself, so tests run commands in-process without mutating globals. */
export interface CliIo {
  stdout: OutputStream;
  stderr: OutputStream;
  env: Record<string, string | undefined>;
  /** Asks for a line on the terminal; absent when stdin is not interactive. */
  prompt?: (question: string) => Promise<string>;
  /** Routes Ctrl-C to `onInterrupt` until the returned function is called. */
  trapInterrupt(onInterrupt: () => void): () => void;
}
