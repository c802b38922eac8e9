import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { tenantAccess } from '../../plugins/access-control';
import { problemResponses, described } from '../../http/common.schemas';
import { Dashboard } from './dashboard.schemas';
import * as service from './dashboard.service';

export const dashboardRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/dashboard',
    {
      config: { access: tenantAccess('admin', 'dispatcher', 'viewer'), tenantSeq: true },
      schema: {
        operationId: 'getDashboard',
        tags: ['dashboard'],
        summary: 'Active assignments, equipment by type and status, queue depth by priority, counts',
        response: {
          200: described("The tenant's dispatch overview", Dashboard),
          ...problemResponses(401, 403, 503),
        },
      },
    },
    (request) => request.tenantTx((tx) => service.dashboard({ tx, user: request.user! }), { readOnly: true }),
  );
};
