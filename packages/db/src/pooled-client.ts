import type { Pool, PoolClient } from './pool';
import { DatabaseUnavailableError } from './errors';

/** Lets work on a checked-out client say the connection is in an unknown state (so it is destroyed). */
export interface CheckedOut {
  client: PoolClient;
  /** The first error that broke the connection, if any. */
  broken(): Error | undefined;
  markBroken(error: Error): void;
}

/**
 * Checks a client out, runs `work`, and releases it — destroying it when its connection broke. A failed
 * checkout (pool exhausted, server down) is a DatabaseUnavailableError.
 */
export async function withPooledClient<T>(
  pool: Pool,
  work: (checkedOut: CheckedOut) => Promise<T>,
): Promise<T> {
  let client: PoolClient;
  try {
    client = await pool.connect();
  } catch (error) {
    throw new DatabaseUnavailableError(error);
  }
  let broken: Error | undefined;
  // A checked-out client whose server connection dies emits 'error'; unheard, that event would end the process.
  const markBroken = (error: Error) => {
    broken ??= error;
  };
  client.on('error', markBroken);
  try {
    return await work({ client, broken: () => broken, markBroken });
  } finally {
    client.off('error', markBroken);
    client.release(broken);
  }
}
