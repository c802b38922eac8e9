import { B1_PAGE_DESCRIPTION, startB1PageServer } from '../lib/b1-page-server';
import type { Scenario } from '../lib/context';
import { measureHttp } from '../lib/http-measure';

export const b1Page: Scenario = {
  id: 'B1-page',
  title: 'B1′ — bare Fastify + pg, the tenant read’s 10-row page from a plain table',
  method:
    `${B1_PAGE_DESCRIPTION} Measured here on its own; \`tenant-read\` measures it again, interleaved with the ` +
    'API, for the ratio its target is judged on.',
  async run(ctx, out) {
    const server = await startB1PageServer(ctx);
    try {
      await measureHttp(ctx, out, server);
    } finally {
      await server.close();
    }
  },
};
