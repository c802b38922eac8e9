import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { tenantAccess } from '../../plugins/access-control';
import { IdParams, problemResponses } from '../../http/common.schemas';
import {
  DecisionList,
  Dispatched,
  DispatchRequest,
  DispatchRequestCreate,
  IdempotencyHeaders,
  Queued,
  QueueQuery,
  QueueView,
  RequestDetail,
  RequestListQuery,
  RequestPage,
} from './dispatch.schemas';
import * as reads from './dispatch.reads';

const tags = ['dispatch'];
const errors = problemResponses(400, 401, 403, 404, 409, 422, 503);
const readers = tenantAccess('admin', 'dispatcher', 'viewer');
const dispatchers = tenantAccess('admin', 'dispatcher');

export const dispatchRequestRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { service } = app.dispatch;

  app.post(
    '/api/dispatch/requests',
    {
      config: { access: dispatchers },
      schema: {
        tags,
        summary:
          'Dispatch at once (201) or queue (202); the same Idempotency-Key and body replay the first answer',
        headers: IdempotencyHeaders,
        body: DispatchRequestCreate,
        response: { 201: Dispatched, 202: Queued, ...errors },
      },
    },
    async (request, reply) => {
      const result = await app.unitOfWork.forRequest(request, (uow) =>
        service.createRequest(uow, request.headers['idempotency-key'], request.body),
      );
      if (result.replayed) reply.header('idempotent-replayed', 'true');
      return reply.code(result.code).send(result.body);
    },
  );

  app.get(
    '/api/dispatch/requests',
    {
      config: { access: readers },
      schema: { tags, querystring: RequestListQuery, response: { 200: RequestPage, ...errors } },
    },
    (request) =>
      request.tenantTx((tx) => reads.listRequests({ tx, user: request.user! }, request.query), {
        readOnly: true,
      }),
  );

  app.get(
    '/api/dispatch/requests/:id',
    {
      config: { access: readers },
      schema: { tags, params: IdParams, response: { 200: RequestDetail, ...errors } },
    },
    (request) =>
      request.tenantTx((tx) => reads.getRequest({ tx, user: request.user! }, request.params.id), {
        readOnly: true,
      }),
  );

  app.get(
    '/api/dispatch/requests/:id/decisions',
    {
      config: { access: readers },
      schema: {
        tags,
        summary:
          'Each automatic decision for the request: candidates considered and why each was passed over',
        params: IdParams,
        response: { 200: DecisionList, ...errors },
      },
    },
    (request) =>
      request.tenantTx((tx) => reads.decisions({ tx, user: request.user! }, request.params.id), {
        readOnly: true,
      }),
  );

  app.delete(
    '/api/dispatch/requests/:id',
    {
      config: { access: dispatchers },
      schema: { tags, params: IdParams, response: { 200: DispatchRequest, ...errors } },
    },
    (request) => app.unitOfWork.forRequest(request, (uow) => service.cancelRequest(uow, request.params.id)),
  );

  app.get(
    '/api/dispatch/queue',
    {
      config: { access: readers },
      schema: { tags, querystring: QueueQuery, response: { 200: QueueView, ...errors } },
    },
    (request) =>
      request.tenantTx((tx) => reads.queueView({ tx, user: request.user! }, request.query), {
        readOnly: true,
      }),
  );
};
