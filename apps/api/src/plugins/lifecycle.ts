import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyInstance {
    lifecycle: { draining: boolean };
  }
}

/** Shared flag flipped when shutdown begins, so readiness goes 503 while in-flight work finishes. */
export const lifecyclePlugin = fp(
  async (app) => {
    app.decorate('lifecycle', { draining: false });
    app.addHook('preClose', async () => {
      app.lifecycle.draining = true;
    });
  },
  { name: 'lifecycle' },
);
