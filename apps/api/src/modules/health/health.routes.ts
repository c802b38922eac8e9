import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { publicAccess } from '#src/plugins/access-control';
import { described } from '#src/http/common.schemas';
import { problemResponses } from '#src/http/problem-responses';

const Status = Type.Object({
  status: Type.String(),
  checks: Type.Optional(Type.Record(Type.String(), Type.String())),
});

/** Why readiness answers 503 (the request's log line names it). */
class NotReady extends Error {
  override name = 'NotReady';
}

async function check(
  name: string,
  probe: () => Promise<unknown>,
  timeoutMs = 1500,
): Promise<[string, string]> {
  try {
    await Promise.race([
      probe(),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), timeoutMs).unref()),
    ]);
    return [name, 'ok'];
  } catch {
    return [name, 'failing'];
  }
}

export const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const probes = () =>
    Promise.all([
      check('postgres', () => app.db.app.query('SELECT 1')),
      check('redis', () => app.redis.ping()),
    ]);
  // The same probes as readiness, at scrape time: alerts tell "the database is down" from "the API is down".
  app.metrics.dependencyUp.setSource(async () =>
    (await probes()).map(([dependency, state]) => ({
      labels: { dependency },
      value: state === 'ok' ? 1 : 0,
    })),
  );

  app.get(
    '/health',
    {
      config: { access: publicAccess },
      schema: {
        operationId: 'getHealth',
        summary: 'Liveness: answers while the process can serve',
        tags: ['operations'],
        response: { 200: described('The process is alive', Status), ...problemResponses('internal') },
      },
    },
    async () => ({ status: 'ok' }),
  );

  app.get(
    '/ready',
    {
      config: { access: publicAccess },
      schema: {
        operationId: 'getReadiness',
        summary: 'Readiness: 200 only when Postgres and Redis answer',
        tags: ['operations'],
        response: {
          200: described('Ready: every dependency answers', Status),
          503: described('Not ready: a dependency fails, or the process is draining', Status),
          ...problemResponses('internal'),
        },
      },
    },
    async (request, reply) => {
      if (app.lifecycle.draining) {
        request.failure = new NotReady('the replica is draining before shutdown');
        return reply.code(503).send({ status: 'draining' });
      }
      const checks = Object.fromEntries(await probes());
      const ready = Object.values(checks).every((value) => value === 'ok');
      const failing = Object.keys(checks).filter((name) => checks[name] !== 'ok');
      if (!ready) request.failure = new NotReady(`failing: ${failing.join(', ')}`);
      return reply.code(ready ? 200 : 503).send({ status: ready ? 'ready' : 'not-ready', checks });
    },
  );
};
