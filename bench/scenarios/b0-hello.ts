import type { Scenario } from '../lib/context';
import { measureHttp } from '../lib/http-measure';
import { bareFastify, listen } from '../lib/servers';

export const b0Hello: Scenario = {
  id: 'B0',
  title: 'B0 — bare Fastify hello world',
  method:
    'Fastify 5 with no logger and no plugins answers `GET /hello` with `{"hello":"world"}`. The ceiling of ' +
    'HTTP on this box with this load generator.',
  async run(ctx, out) {
    const app = bareFastify();
    app.get('/hello', async () => ({ hello: 'world' }));
    const server = await listen(app);
    try {
      await measureHttp(ctx, out, { side: 'B0', url: server.url, targets: [{ path: '/hello' }] });
    } finally {
      await server.close();
    }
  },
};
