import { startB1Server, B1_DESCRIPTION } from '../lib/b1-server';
import type { Scenario } from '../lib/context';
import { measureHttp } from '../lib/http-measure';

export const b1PgSelect: Scenario = {
  id: 'B1',
  title: 'B1 — bare Fastify + pg, primary-key SELECT',
  method:
    `${B1_DESCRIPTION} Measured here on its own; \`tenant-read\` measures it again, interleaved with the API, ` +
    'for the ratio its target is judged on.',
  async run(ctx, out) {
    const b1 = await startB1Server(ctx);
    try {
      await measureHttp(ctx, out, b1);
      out.note(
        `pg Pool max ${ctx.apiConfig.db.poolMax} connections (the API's DATABASE_POOL_MAX default), as the runtime role.`,
      );
    } finally {
      await b1.close();
    }
  },
};
