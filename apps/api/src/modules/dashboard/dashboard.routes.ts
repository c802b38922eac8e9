import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppConfig } from '@dispatch/config';
import { tenantAccess, tenantCaller } from '#src/plugins/access-control';
import { described } from '#src/http/common.schemas';
import { tenantProblems } from '#src/http/problem-responses';
import { Dashboard, type DashboardDto } from './dashboard.schemas';
import { DashboardCache } from './dashboard.cache';
import * as service from './dashboard.service';

export const dashboardRoutes: FastifyPluginAsyncTypebox<{ config: AppConfig }> = async (app, { config }) => {
  const cache = new DashboardCache({
    redis: app.redis,
    ttlSeconds: config.dashboard.cacheTtlSeconds,
    counter: app.metrics.dashboardCache,
    log: app.log,
  });

  app.get(
    '',
    {
      // tenantSeq: the realtime position is read before the handler; the cache keys its entries by it.
      config: { access: tenantAccess('admin', 'dispatcher', 'viewer'), tenantSeq: true },
      schema: {
        operationId: 'getDashboard',
        tags: ['dashboard'],
        summary: 'Active assignments, equipment by type and status, queue depth by priority, counts',
        response: {
          200: described("The tenant's dispatch overview", Dashboard),
          ...tenantProblems(),
        },
      },
    },
    async (request, reply) => {
      // The cache is keyed by who asks (tenant, region); only a miss reads the tenant's data.
      const { tenant, user } = tenantCaller(request);
      const { body } = await cache.serve(
        tenant.id,
        service.dashboardScope(user),
        request.tenantPosition,
        () => request.read((ctx) => service.dashboard(ctx)),
      );
      // A cached answer is the JSON text of an answer computed earlier: Fastify sends a string as it is, without
      // serializing it again (the typed reply only knows the schema's object type).
      if (typeof body === 'string')
        return reply.type('application/json; charset=utf-8').send(body as unknown as DashboardDto);
      return body;
    },
  );
};
