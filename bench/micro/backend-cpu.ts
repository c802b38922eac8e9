import { readFile } from 'node:fs/promises';

/** Anything that answers a query like a pg Pool (the micro-benchmarks pass pg's own or @dispatch/db's). */
interface Queryable {
  query<R>(text: string, values: unknown[]): Promise<{ rows: R[] }>;
}

/**
 * CPU time (utime + stime, in clock ticks of 1/100 s) of this database's Postgres backends whose
 * application_name is `application`, read from /proc: Postgres must run on this host, in this PID namespace.
 * A backend that ended between the two reads (pool recycling) is skipped.
 */
export async function backendTicks(admin: Queryable, application: string): Promise<number> {
  const { rows } = await admin.query<{ pid: number }>(
    'SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1',
    [application],
  );
  let ticks = 0;
  for (const { pid } of rows) {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null);
    if (!stat) continue;
    const fields = stat.split(') ')[1]!.split(' ');
    ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks;
}
