import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { tenantAccess } from '../../plugins/access-control';
import { IdParams, problemResponses } from '../../http/common.schemas';
import {
  AvailableEquipmentPage,
  AvailableEquipmentQuery,
  Equipment,
  EquipmentCreate,
  EquipmentListQuery,
  EquipmentPage,
  EquipmentUpdate,
} from './equipment.schemas';
import * as service from './equipment.service';

const tags = ['equipment'];
const errors = problemResponses(400, 401, 403, 404, 409, 503);
const readers = tenantAccess('admin', 'dispatcher', 'viewer');
const writers = tenantAccess('admin', 'dispatcher');

export const equipmentRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/equipment',
    {
      config: { access: readers },
      schema: { tags, querystring: EquipmentListQuery, response: { 200: EquipmentPage, ...errors } },
    },
    (request) =>
      request.tenantTx((tx) => service.listEquipment({ tx, user: request.user! }, request.query), {
        readOnly: true,
      }),
  );

  app.get(
    '/api/equipment/available',
    {
      config: { access: readers },
      schema: {
        tags,
        querystring: AvailableEquipmentQuery,
        response: { 200: AvailableEquipmentPage, ...errors },
      },
    },
    (request) =>
      request.tenantTx((tx) => service.listAvailable({ tx, user: request.user! }, request.query), {
        readOnly: true,
      }),
  );

  app.get(
    '/api/equipment/:id',
    {
      config: { access: readers },
      schema: { tags, params: IdParams, response: { 200: Equipment, ...errors } },
    },
    (request) =>
      request.tenantTx((tx) => service.getEquipment({ tx, user: request.user! }, request.params.id), {
        readOnly: true,
      }),
  );

  app.post(
    '/api/equipment',
    {
      config: { access: writers },
      schema: { tags, body: EquipmentCreate, response: { 201: Equipment, ...errors } },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await app.unitOfWork.forRequest(request, (uow) => service.createEquipment(uow, request.body))),
  );

  app.patch(
    '/api/equipment/:id',
    {
      config: { access: writers },
      schema: { tags, params: IdParams, body: EquipmentUpdate, response: { 200: Equipment, ...errors } },
    },
    (request) =>
      app.unitOfWork.forRequest(request, (uow) =>
        service.updateEquipment(uow, request.params.id, request.body),
      ),
  );
};
