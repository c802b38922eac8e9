import pino, { type DestinationStream } from 'pino';

/** Linux writes up to this many bytes to a pipe in one piece (PIPE_BUF), whatever other processes write to it. */
const PIPE_ATOMIC_BYTES = 4096;
/** Log text held while the consumer of stdout does not keep up; beyond it lines are dropped, not the process. */
const BUFFER_MAX_BYTES = 16 * 1024 * 1024;

/**
 * Where the API's JSON log lines go (stdout, or a file): written asynchronously. pino's default writes each line
 * with a synchronous write(2) on the event loop, one system call per request line: ~15 µs of the tenant read's
 * API CPU on the bench box (docs/benchmarks, 2026-11-30-dusk). Here a line goes out at once when no write is in
 * flight, and lines that arrive meanwhile go out together with the next write, so under load many lines share
 * one call. Each write holds whole lines and at most PIPE_ATOMIC_BYTES, so the lines of several API processes
 * on one stdout pipe never interleave mid-line. pino flushes what is held when the process exits.
 */
export function logDestination(dest: number | string = 1): DestinationStream {
  return pino.destination({ dest, sync: false, maxWrite: PIPE_ATOMIC_BYTES, maxLength: BUFFER_MAX_BYTES });
}
