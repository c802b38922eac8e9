import type { Pool, PoolClient } from './pool';
import { DatabaseUnavailableError } from './errors';
import { affinePoolOf } from './tenant-affine-pool';

/** Lets work on a checked-out client say the connection is in an unknown state (so it is destroyed). */
export interface CheckedOut {
  client: PoolClient;
  /** The first error that broke the connection, if any. */
  broken(): Error | undefined;
  markBroken(error: Error): void;
}

/**
 * Checks a client out (for `affinity`, a tenant's schema, from its lanes where the pool keeps them), runs
 * `work`, and releases it — destroying it when its connection broke. A failed checkout (pool exhausted, server
 * down) is a DatabaseUnavailableError.
 */
export async function withPooledClient<T>(
  pool: Pool,
  affinity: string | undefined,
  work: (checkedOut: CheckedOut) => Promise<T>,
): Promise<T> {
  let client: PoolClient;
  try {
    client = await checkOut(pool, affinity);
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

function checkOut(pool: Pool, affinity: string | undefined): Promise<PoolClient> {
  const affine = affinePoolOf(pool);
  return affine ? affine.connectFor(affinity) : pool.connect();
}
