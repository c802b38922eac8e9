import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { tenantAccess } from '#src/plugins/access-control';
import { IdParams, described } from '#src/http/common.schemas';
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
import { tenantProblems } from '#src/http/problem-responses';

const tags = ['equipment'];
const readers = tenantAccess('admin', 'dispatcher', 'viewer');
// Creating and editing the fleet is for admins (domain.md Roles); dispatchers may only change the status
// fields the service lets them (assertNonAdminFields).
const admins = tenantAccess('admin');
const statusChangers = tenantAccess('admin', 'dispatcher');

export const equipmentRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '',
    {
      config: { access: readers, tenantSeq: true },
      schema: {
        operationId: 'listEquipment',
        summary: 'Equipment, filtered by status, type and region',
        tags,
        querystring: EquipmentListQuery,
        response: { 200: described('A page of equipment', EquipmentPage), ...tenantProblems() },
      },
    },
    (request) => request.read((ctx) => service.listEquipment(ctx, request.query)),
  );

  app.get(
    '/available',
    {
      config: { access: readers, tenantSeq: true },
      schema: {
        operationId: 'listAvailableEquipment',
        summary: 'Equipment free to dispatch now, with the free qualified drivers for each',
        tags,
        querystring: AvailableEquipmentQuery,
        response: {
          200: described('A page of available equipment', AvailableEquipmentPage),
          ...tenantProblems(),
        },
      },
    },
    (request) => request.read((ctx) => service.listAvailable(ctx, request.query)),
  );

  app.get(
    '/:id',
    {
      config: { access: readers },
      schema: {
        operationId: 'getEquipment',
        summary: 'One piece of equipment',
        tags,
        params: IdParams,
        response: { 200: described('The equipment', Equipment), ...tenantProblems('not-found') },
      },
    },
    (request) => request.read((ctx) => service.getEquipment(ctx, request.params.id)),
  );

  app.post(
    '',
    {
      config: { access: admins },
      schema: {
        operationId: 'createEquipment',
        summary: 'Add a piece of equipment',
        tags,
        body: EquipmentCreate,
        response: {
          201: described('The created equipment', Equipment),
          ...tenantProblems('identifier-taken', 'region-forbidden'),
        },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await request.write((uow) => service.createEquipment(uow, request.body))),
  );

  app.patch(
    '/:id',
    {
      config: { access: statusChangers },
      schema: {
        operationId: 'updateEquipment',
        summary: 'Change equipment (admins: anything; dispatchers: status available or maintenance only)',
        tags,
        params: IdParams,
        body: EquipmentUpdate,
        response: {
          200: described('The updated equipment', Equipment),
          ...tenantProblems(
            'not-found',
            'admin-field',
            'region-forbidden',
            'equipment-busy',
            'identifier-taken',
          ),
        },
      },
    },
    (request) => request.write((uow) => service.updateEquipment(uow, request.params.id, request.body)),
  );
};
