import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { tenantAccess } from '../../plugins/access-control';
import { problemResponses } from '../../http/common.schemas';
import { AuditListQuery, AuditPage, AuditVerification } from './audit.schemas';
import * as service from './audit.service';

const tags = ['audit'];
const errors = problemResponses(400, 401, 403, 503);
const admins = tenantAccess('admin');

export const auditRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/audit',
    {
      config: { access: admins },
      schema: { tags, querystring: AuditListQuery, response: { 200: AuditPage, ...errors } },
    },
    (request) =>
      request.tenantTx(
        (tx) => service.listEvents({ tx, user: request.user!, requestId: request.id }, request.query),
        {
          readOnly: true,
        },
      ),
  );

  app.get(
    '/api/audit/verify',
    { config: { access: admins }, schema: { tags, response: { 200: AuditVerification, ...errors } } },
    (request) => request.tenantTx((tx) => service.verifyChain(tx), { readOnly: true }),
  );
};
