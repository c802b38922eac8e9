import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { tenantAccess } from '#src/plugins/access-control';
import { described } from '#src/http/common.schemas';
import { UserListQuery, UserPage } from './users.schemas';
import * as service from './users.service';
import { tenantProblems } from '#src/http/problem-responses';

const tags = ['users'];

export const userRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '',
    {
      config: { access: tenantAccess('admin') },
      schema: {
        operationId: 'listUsers',
        tags,
        summary: 'Users seen by this tenant, with roles and last sign-in (access review)',
        querystring: UserListQuery,
        response: { 200: described('A page of users', UserPage), ...tenantProblems() },
      },
    },
    (request) => request.read((ctx) => service.listUserPage(ctx, request.query)),
  );
};
