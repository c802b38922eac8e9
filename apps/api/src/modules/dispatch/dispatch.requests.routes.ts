import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { tenantAccess } from '#src/plugins/access-control';
import { IdParams, described } from '#src/http/common.schemas';
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
import { tenantProblems } from '#src/http/problem-responses';

const tags = ['dispatch'];
const readers = tenantAccess('admin', 'dispatcher', 'viewer');
const dispatchers = tenantAccess('admin', 'dispatcher');

export const dispatchRequestRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { service } = app.dispatch;

  app.post(
    '/requests',
    {
      config: { access: dispatchers },
      schema: {
        operationId: 'requestDispatch',
        tags,
        summary:
          'Dispatch at once (201) or queue (202); the same Idempotency-Key and body replay the first answer',
        headers: IdempotencyHeaders,
        body: DispatchRequestCreate,
        response: {
          201: described('Dispatched at once: the request and its assignment', Dispatched),
          202: described('Queued: the request and its place in the queue', Queued),
          ...tenantProblems('work-order-closed', 'idempotency-key-reused', 'region-forbidden'),
        },
      },
    },
    async (request, reply) => {
      const result = await request.write((uow) =>
        service.createRequest(uow, request.headers['idempotency-key'], request.body),
      );
      if (result.replayed) reply.header('idempotent-replayed', 'true');
      return reply.code(result.code).send(result.body);
    },
  );

  app.get(
    '/requests',
    {
      config: { access: readers, tenantSeq: true },
      schema: {
        operationId: 'listDispatchRequests',
        summary: 'Dispatch requests, filtered by status, priority and work order',
        tags,
        querystring: RequestListQuery,
        response: { 200: described('A page of dispatch requests', RequestPage), ...tenantProblems() },
      },
    },
    (request) => request.read((ctx) => reads.listRequests(ctx, request.query)),
  );

  app.get(
    '/requests/:id',
    {
      config: { access: readers },
      schema: {
        operationId: 'getDispatchRequest',
        summary: 'One dispatch request with its assignment, if any',
        tags,
        params: IdParams,
        response: { 200: described('The dispatch request', RequestDetail), ...tenantProblems('not-found') },
      },
    },
    (request) => request.read((ctx) => reads.getRequest(ctx, request.params.id)),
  );

  app.get(
    '/requests/:id/decisions',
    {
      config: { access: readers },
      schema: {
        operationId: 'listDispatchDecisions',
        tags,
        summary:
          'Each automatic decision for the request: candidates considered and why each was passed over',
        params: IdParams,
        response: {
          200: described('The decision records, oldest first', DecisionList),
          ...tenantProblems('not-found'),
        },
      },
    },
    (request) => request.read((ctx) => reads.decisions(ctx, request.params.id)),
  );

  app.delete(
    '/requests/:id',
    {
      config: { access: dispatchers },
      schema: {
        operationId: 'cancelDispatchRequest',
        summary: 'Cancel a queued request (409 once it is dispatched)',
        tags,
        params: IdParams,
        response: {
          200: described('The cancelled request', DispatchRequest),
          ...tenantProblems('not-found', 'request-not-queued'),
        },
      },
    },
    (request) => request.write((uow) => service.cancelRequest(uow, request.params.id)),
  );

  app.get(
    '/queue',
    {
      config: { access: readers, tenantSeq: true },
      schema: {
        operationId: 'getDispatchQueue',
        summary: 'Queued requests in serving order (urgent first, then first-come), with depth per priority',
        tags,
        querystring: QueueQuery,
        response: { 200: described('The queue in serving order', QueueView), ...tenantProblems() },
      },
    },
    (request) => request.read((ctx) => reads.queueView(ctx, request.query)),
  );
};
