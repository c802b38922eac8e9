import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { tenantAccess } from '#src/plugins/access-control';
import { IdParams, described } from '#src/http/common.schemas';
import { Assignment, AssignmentListQuery, AssignmentPage, StatusChange } from './dispatch.schemas';
import * as assignments from './dispatch.assignments.service';
import { tenantProblems } from '#src/http/problem-responses';

const tags = ['dispatch'];
/** Drivers see and move only their own assignments (the service narrows them). */
const participants = tenantAccess('admin', 'dispatcher', 'viewer', 'driver');
const movers = tenantAccess('admin', 'dispatcher', 'driver');

export const dispatchAssignmentRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { service } = app.dispatch;

  app.get(
    '',
    {
      config: { access: participants, tenantSeq: true },
      schema: {
        operationId: 'listAssignments',
        summary: 'Assignments, filtered by status (active or one status) and driver',
        tags,
        querystring: AssignmentListQuery,
        response: { 200: described('A page of assignments', AssignmentPage), ...tenantProblems() },
      },
    },
    (request) => request.read((ctx) => assignments.listAssignments(ctx, request.query)),
  );

  app.get(
    '/:id',
    {
      config: { access: participants },
      schema: {
        operationId: 'getAssignment',
        summary: 'One assignment',
        tags,
        params: IdParams,
        response: { 200: described('The assignment', Assignment), ...tenantProblems('not-found') },
      },
    },
    (request) => request.read((ctx) => assignments.getAssignment(ctx, request.params.id)),
  );

  app.post(
    '/:id/status',
    {
      config: { access: movers },
      schema: {
        operationId: 'changeAssignmentStatus',
        tags,
        summary:
          'dispatched → en_route → on_site → completed; cancelled from any active state; anything else 409',
        params: IdParams,
        body: StatusChange,
        response: {
          200: described('The assignment in its new status', Assignment),
          ...tenantProblems('not-found', 'drivers-cannot-cancel', 'illegal-transition'),
        },
      },
    },
    (request) =>
      request.write((uow) => assignments.changeStatus(service, uow, request.params.id, request.body)),
  );
};
