import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { tenantAccess } from '../../plugins/access-control';
import { IdParams, problemResponses, described } from '../../http/common.schemas';
import {
  WorkOrder,
  WorkOrderCreate,
  WorkOrderListQuery,
  WorkOrderPage,
  WorkOrderUpdate,
} from './work-orders.schemas';
import * as service from './work-orders.service';

const tags = ['work-orders'];
const errors = problemResponses(400, 401, 403, 404, 409, 503);
/** Drivers read the work orders of their own assignments only (the service narrows it). */
const readers = tenantAccess('admin', 'dispatcher', 'viewer', 'driver');
const writers = tenantAccess('admin', 'dispatcher');

export const workOrderRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/work-orders',
    {
      config: { access: readers, tenantSeq: true },
      schema: {
        operationId: 'listWorkOrders',
        summary: 'Work orders, filtered by status and region, searched by text',
        tags,
        querystring: WorkOrderListQuery,
        response: { 200: described('A page of work orders', WorkOrderPage), ...errors },
      },
    },
    (request) =>
      request.tenantTx((tx) => service.listWorkOrders({ tx, user: request.user! }, request.query), {
        readOnly: true,
      }),
  );

  app.get(
    '/api/work-orders/:id',
    {
      config: { access: readers },
      schema: {
        operationId: 'getWorkOrder',
        summary: 'One work order',
        tags,
        params: IdParams,
        response: { 200: described('The work order', WorkOrder), ...errors },
      },
    },
    (request) =>
      request.tenantTx((tx) => service.getWorkOrder({ tx, user: request.user! }, request.params.id), {
        readOnly: true,
      }),
  );

  app.post(
    '/api/work-orders',
    {
      config: { access: writers },
      schema: {
        operationId: 'createWorkOrder',
        summary: 'Create a work order',
        tags,
        body: WorkOrderCreate,
        response: { 201: described('The created work order', WorkOrder), ...errors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await app.unitOfWork.forRequest(request, (uow) => service.createWorkOrder(uow, request.body))),
  );

  app.patch(
    '/api/work-orders/:id',
    {
      config: { access: writers },
      schema: {
        operationId: 'updateWorkOrder',
        summary: 'Change a work order',
        tags,
        params: IdParams,
        body: WorkOrderUpdate,
        response: { 200: described('The updated work order', WorkOrder), ...errors },
      },
    },
    (request) =>
      app.unitOfWork.forRequest(request, (uow) =>
        service.updateWorkOrder(uow, request.params.id, request.body),
      ),
  );
};
