import type pg from 'pg';

/** pg-pool's callback form of `connect`, which pools that stand in for a `pg.Pool` override alike. */
export type ConnectCallback = (
  err: Error | undefined,
  client: pg.PoolClient | undefined,
  done: (release?: unknown) => void,
) => void;
