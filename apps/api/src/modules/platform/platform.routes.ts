import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { fileExportSink } from '@dispatch/db';
import type { AppConfig } from '@dispatch/config';
import { platformAccess } from '../../plugins/access-control';
import { AppError } from '../../plugins/app-error';
import { IdParams, problemResponses } from '../../http/common.schemas';
import {
  MigrationRunBody,
  MigrationStatus,
  TenantCreateBody,
  TenantListQuery,
  TenantPage,
  TenantPatchBody,
  TenantSchema,
} from './platform.schemas';
import * as tenantsService from './platform-tenants.service';
import { migrationOverview, startMigrationRun } from './platform-migrations.service';

const errors = problemResponses(400, 401, 403, 404, 409, 503);
const tags = ['platform'];

export const platformRoutes: FastifyPluginAsyncTypebox<{ config: AppConfig }> = async (app, { config }) => {
  const exportSink = fileExportSink(config.tenancy.exportDir);

  function adminPool() {
    if (!app.db.admin)
      throw new AppError(503, 'admin-database-unavailable', 'DATABASE_ADMIN_URL is not configured');
    return app.db.admin;
  }

  const context = (request: FastifyRequest): tenantsService.PlatformContext => ({
    adminPool: adminPool(),
    appRole: config.db.appRole,
    actor: request.platformAdmin!.sub,
    requestId: request.id,
    invalidate: () => app.tenants.invalidate(),
    exportSink,
    box: app.secretBox,
    log: request.log,
  });

  const route = { config: { access: platformAccess } };

  app.post(
    '/platform/tenants',
    {
      ...route,
      schema: { tags, body: TenantCreateBody, response: { 200: TenantSchema, 201: TenantSchema, ...errors } },
    },
    async (request, reply) => {
      const { tenant, created } = await tenantsService.createTenant(context(request), request.body);
      return reply.code(created ? 201 : 200).send(tenant);
    },
  );

  app.get(
    '/platform/tenants',
    { ...route, schema: { tags, querystring: TenantListQuery, response: { 200: TenantPage, ...errors } } },
    async (request) => tenantsService.listTenantPage(context(request), request.query),
  );

  app.get(
    '/platform/tenants/:id',
    { ...route, schema: { tags, params: IdParams, response: { 200: TenantSchema, ...errors } } },
    async (request) =>
      tenantsService.toTenantDto(await tenantsService.getTenant(context(request), request.params.id)),
  );

  app.patch(
    '/platform/tenants/:id',
    {
      ...route,
      schema: { tags, params: IdParams, body: TenantPatchBody, response: { 200: TenantSchema, ...errors } },
    },
    async (request) => tenantsService.patchTenant(context(request), request.params.id, request.body),
  );

  app.delete(
    '/platform/tenants/:id',
    { ...route, schema: { tags, params: IdParams, response: { 202: TenantSchema, ...errors } } },
    async (request, reply) =>
      reply.code(202).send(await tenantsService.deleteTenant(context(request), request.params.id)),
  );

  app.post(
    '/platform/migrations',
    {
      ...route,
      schema: {
        tags,
        body: Type.Optional(MigrationRunBody),
        response: { 202: Type.Record(Type.String(), Type.Unknown()), ...errors },
      },
    },
    async (request, reply) => {
      const state = await startMigrationRun(app.redis, adminPool(), {
        appRole: config.db.appRole,
        actor: request.platformAdmin!.sub,
        tenantSlug: request.body?.tenant,
        log: request.log,
      });
      return reply.code(202).send({ ...state });
    },
  );

  app.get(
    '/platform/migrations',
    { ...route, schema: { tags, response: { 200: MigrationStatus, ...errors } } },
    async () => migrationOverview(app.redis, adminPool()),
  );
};
