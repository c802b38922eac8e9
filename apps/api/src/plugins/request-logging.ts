import fp from 'fastify-plugin';

export const REQUEST_ID_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/;

/** Echo the request id on every response, and log one line per request with the fields SREs filter on. */
export const requestLoggingPlugin = fp(
  async (app) => {
    app.addHook('onRequest', async (request, reply) => {
      reply.header('x-request-id', request.id);
    });
    app.addHook('onResponse', async (request, reply) => {
      const status = reply.statusCode;
      const line = {
        method: request.method,
        route: request.routeOptions.url,
        status,
        durationMs: Math.round(reply.elapsedTime * 100) / 100,
      };
      if (status >= 500) request.log.error(line, 'request failed');
      else request.log.info(line, 'request completed');
    });
  },
  { name: 'request-logging' },
);
