import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { tenantAccess } from '#src/plugins/access-control';
import { IdParams, described } from '#src/http/common.schemas';
import {
  EquipmentType,
  EquipmentTypeCreate,
  EquipmentTypeListQuery,
  EquipmentTypePage,
} from './equipment-types.schemas';
import * as service from './equipment-types.service';
import { tenantProblems } from '#src/http/problem-responses';

const tags = ['equipment'];
// Drivers read only their own assignments and work orders.
const readers = tenantAccess('admin', 'dispatcher', 'viewer');
// Creating and editing the fleet is for admins (domain.md Roles); dispatchers may only change the status
// fields of equipment and drivers.
const admins = tenantAccess('admin');

export const equipmentTypeRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '',
    {
      config: { access: readers },
      schema: {
        operationId: 'listEquipmentTypes',
        summary: 'Equipment types of the tenant',
        tags,
        querystring: EquipmentTypeListQuery,
        response: { 200: described('A page of equipment types', EquipmentTypePage), ...tenantProblems() },
      },
    },
    (request) => request.read((ctx) => service.listTypes(ctx, request.query)),
  );

  app.get(
    '/:id',
    {
      config: { access: readers },
      schema: {
        operationId: 'getEquipmentType',
        summary: 'One equipment type',
        tags,
        params: IdParams,
        response: { 200: described('The equipment type', EquipmentType), ...tenantProblems('not-found') },
      },
    },
    (request) => request.read((ctx) => service.getType(ctx, request.params.id)),
  );

  app.post(
    '',
    {
      config: { access: admins },
      schema: {
        operationId: 'createEquipmentType',
        summary: 'Add an equipment type',
        tags,
        body: EquipmentTypeCreate,
        response: {
          201: described('The created equipment type', EquipmentType),
          ...tenantProblems('name-taken'),
        },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await request.write((uow) => service.createType(uow, request.body))),
  );
};
