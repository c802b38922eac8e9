import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { tenantAccess, tenantCaller } from '#src/plugins/access-control';
import { described } from '#src/http/common.schemas';
import { AuditListQuery, AuditPage, AuditVerification } from './audit.schemas';
import * as service from './audit.service';
import { latestAnchor } from './audit.anchors';
import { tenantProblems } from '#src/http/problem-responses';

const tags = ['audit'];
const admins = tenantAccess('admin');

export const auditRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '',
    {
      config: { access: admins },
      schema: {
        operationId: 'listAuditEvents',
        summary: 'Audit events, newest first, filtered by entity, actor and time',
        tags,
        querystring: AuditListQuery,
        response: { 200: described('A page of audit events', AuditPage), ...tenantProblems() },
      },
    },
    (request) => request.read((ctx) => service.listEvents(ctx, request.query)),
  );

  app.get(
    '/verify',
    {
      config: { access: admins },
      schema: {
        operationId: 'verifyAuditChain',
        summary: "Verify the tenant's audit hash chain; names the first broken link if any",
        tags,
        response: {
          200: described('The verification result', AuditVerification),
          ...tenantProblems('object-store-unavailable'),
        },
      },
    },
    async (request) => {
      // The anchor comes from the object store: fetched before the database connection is taken.
      const anchor = await latestAnchor(app.auditAnchors, tenantCaller(request).tenant.id);
      return request.read((ctx) => service.verifyChain(ctx, anchor));
    },
  );
};
