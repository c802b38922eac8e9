import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { tenantAccess } from '#src/plugins/access-control';
import { IdParams, described } from '#src/http/common.schemas';
import { Driver, DriverCreate, DriverListQuery, DriverPage, DriverUpdate } from './drivers.schemas';
import * as service from './drivers.service';
import { tenantProblems } from '#src/http/problem-responses';

const tags = ['drivers'];
const readers = tenantAccess('admin', 'dispatcher', 'viewer');
// Creating and editing the fleet is for admins (domain.md Roles); dispatchers may only change the status
// fields the service lets them (assertNonAdminFields).
const admins = tenantAccess('admin');
const statusChangers = tenantAccess('admin', 'dispatcher');

export const driverRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '',
    {
      config: { access: readers, tenantSeq: true },
      schema: {
        operationId: 'listDrivers',
        summary: 'Drivers, filtered by shift status and region',
        tags,
        querystring: DriverListQuery,
        response: { 200: described('A page of drivers', DriverPage), ...tenantProblems() },
      },
    },
    (request) => request.read((ctx) => service.listDrivers(ctx, request.query)),
  );

  app.get(
    '/:id',
    {
      config: { access: readers },
      schema: {
        operationId: 'getDriver',
        summary: 'One driver with qualifications',
        tags,
        params: IdParams,
        response: { 200: described('The driver', Driver), ...tenantProblems('not-found') },
      },
    },
    (request) => request.read((ctx) => service.getDriver(ctx, request.params.id)),
  );

  app.post(
    '',
    {
      config: { access: admins },
      schema: {
        operationId: 'createDriver',
        summary: 'Add a driver with qualifications',
        tags,
        body: DriverCreate,
        response: {
          201: described('The created driver', Driver),
          ...tenantProblems('user-already-linked', 'region-forbidden'),
        },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await request.write((uow) => service.createDriver(uow, request.body))),
  );

  app.patch(
    '/:id',
    {
      config: { access: statusChangers },
      schema: {
        operationId: 'updateDriver',
        summary: 'Change a driver (admins: anything; dispatchers: shiftStatus only)',
        tags,
        params: IdParams,
        body: DriverUpdate,
        response: {
          200: described('The updated driver', Driver),
          ...tenantProblems('not-found', 'admin-field', 'region-forbidden', 'user-already-linked'),
        },
      },
    },
    (request) => request.write((uow) => service.updateDriver(uow, request.params.id, request.body)),
  );
};
