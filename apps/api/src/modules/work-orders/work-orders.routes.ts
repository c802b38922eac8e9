import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { tenantAccess } from '#src/plugins/access-control';
import { IdParams, described } from '#src/http/common.schemas';
import {
  WorkOrder,
  WorkOrderCreate,
  WorkOrderListQuery,
  WorkOrderPage,
  WorkOrderUpdate,
} from './work-orders.schemas';
import * as service from './work-orders.service';
import { onAssignmentCompleted } from './work-orders.progress';
import { ASSIGNMENT_COMPLETED } from '#src/modules/dispatch/index';
import { tenantProblems } from '#src/http/problem-responses';

const tags = ['work-orders'];
/** Drivers read the work orders of their own assignments only (the service narrows it). */
const readers = tenantAccess('admin', 'dispatcher', 'viewer', 'driver');
const writers = tenantAccess('admin', 'dispatcher');

export const workOrderRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // Dispatch raises it when an assignment completes; the status rule is this module's.
  app.unitOfWork.onSignal(ASSIGNMENT_COMPLETED, onAssignmentCompleted);
  app.get(
    '',
    {
      config: { access: readers, tenantSeq: true },
      schema: {
        operationId: 'listWorkOrders',
        summary: 'Work orders, filtered by status and region, searched by text',
        tags,
        querystring: WorkOrderListQuery,
        response: { 200: described('A page of work orders', WorkOrderPage), ...tenantProblems() },
      },
    },
    (request) => request.read((ctx) => service.listWorkOrders(ctx, request.query)),
  );

  app.get(
    '/:id',
    {
      config: { access: readers },
      schema: {
        operationId: 'getWorkOrder',
        summary: 'One work order',
        tags,
        params: IdParams,
        response: { 200: described('The work order', WorkOrder), ...tenantProblems('not-found') },
      },
    },
    (request) => request.read((ctx) => service.getWorkOrder(ctx, request.params.id)),
  );

  app.post(
    '',
    {
      config: { access: writers },
      schema: {
        operationId: 'createWorkOrder',
        summary: 'Create a work order',
        tags,
        body: WorkOrderCreate,
        response: {
          201: described('The created work order', WorkOrder),
          ...tenantProblems('region-forbidden'),
        },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await request.write((uow) => service.createWorkOrder(uow, request.body))),
  );

  app.patch(
    '/:id',
    {
      config: { access: writers },
      schema: {
        operationId: 'updateWorkOrder',
        summary: 'Change a work order',
        tags,
        params: IdParams,
        body: WorkOrderUpdate,
        response: {
          200: described('The updated work order', WorkOrder),
          ...tenantProblems(
            'not-found',
            'region-forbidden',
            'illegal-transition',
            'work-order-closed',
            'work-order-dispatched',
            'work-order-busy',
          ),
        },
      },
    },
    (request) => request.write((uow) => service.updateWorkOrder(uow, request.params.id, request.body)),
  );
};
