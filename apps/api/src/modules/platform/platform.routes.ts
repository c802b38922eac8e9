import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { fileExportSink, s3ExportSink } from '@dispatch/db';
import { createObjectStore } from '@dispatch/object-storage';
import type { AppConfig } from '@dispatch/config';
import { platformAccess } from '#src/plugins/access-control';
import { AppError } from '#src/kernel/problems';
import { IdParams, described } from '#src/http/common.schemas';
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
import { platformProblems } from '#src/http/problem-responses';

const tags = ['platform'];

export const platformRoutes: FastifyPluginAsyncTypebox<{ config: AppConfig }> = async (app, { config }) => {
  // Offboarding exports go to the object store with EXPORT_STORAGE=s3 (under exports/), else to the folder.
  const { s3, exportsTo } = config.storage;
  const store = exportsTo === 's3' && s3 ? await createObjectStore(s3) : undefined;
  const exportSink = store
    ? s3ExportSink({ ...store, prefix: 'exports/' })
    : fileExportSink(config.tenancy.exportDir);
  if (store) app.addHook('onClose', async () => store.client.destroy());

  function adminPool() {
    if (!app.db.admin)
      throw new AppError('admin-database-unavailable', 'DATABASE_ADMIN_URL is not configured');
    return app.db.admin;
  }

  const context = (request: FastifyRequest): tenantsService.PlatformContext => ({
    adminPool: adminPool(),
    appRole: config.db.appRole,
    actor: request.platformAdmin!.sub,
    requestId: request.id,
    invalidate: (tenantId) => app.tenants.invalidate(tenantId),
    exportSink,
    box: app.secretBox,
    dryRun: app.idpDryRun,
    systemWork: app.systemWork,
    log: request.log,
  });

  const route = { config: { access: platformAccess } };

  app.post(
    '/tenants',
    {
      ...route,
      schema: {
        operationId: 'createTenant',
        summary: 'Provision a tenant (the same body again answers 200 with the existing tenant)',
        tags,
        body: TenantCreateBody,
        response: {
          200: described('The tenant already existed with this body', TenantSchema),
          201: described('The provisioned tenant', TenantSchema),
          ...platformProblems('admin-database-unavailable', 'invalid-slug', 'slug-conflict', 'issuer-in-use'),
        },
      },
    },
    async (request, reply) => {
      const { tenant, created } = await tenantsService.createTenant(context(request), request.body);
      return reply.code(created ? 201 : 200).send(tenant);
    },
  );

  app.get(
    '/tenants',
    {
      ...route,
      schema: {
        operationId: 'listTenants',
        summary: 'Tenants, paged',
        tags,
        querystring: TenantListQuery,
        response: {
          200: described('A page of tenants', TenantPage),
          ...platformProblems('admin-database-unavailable'),
        },
      },
    },
    async (request) => tenantsService.listTenantPage(context(request), request.query),
  );

  app.get(
    '/tenants/:id',
    {
      ...route,
      schema: {
        operationId: 'getTenant',
        summary: 'One tenant',
        tags,
        params: IdParams,
        response: {
          200: described('The tenant', TenantSchema),
          ...platformProblems('admin-database-unavailable', 'not-found'),
        },
      },
    },
    async (request) =>
      tenantsService.toTenantDto(await tenantsService.getTenant(context(request), request.params.id)),
  );

  app.patch(
    '/tenants/:id',
    {
      ...route,
      schema: {
        operationId: 'updateTenant',
        summary: 'Change status (suspend, resume), tier, name or identity settings of a tenant',
        tags,
        params: IdParams,
        body: TenantPatchBody,
        response: {
          200: described('The updated tenant', TenantSchema),
          ...platformProblems(
            'admin-database-unavailable',
            'not-found',
            'tenant-not-found',
            'tenant-deleted',
            'invalid-state',
            'issuer-in-use',
            'idp-check-failed',
            'idp-check-rate-limited',
            'idp-unavailable',
          ),
        },
      },
    },
    async (request) => tenantsService.patchTenant(context(request), request.params.id, request.body),
  );

  app.delete(
    '/tenants/:id',
    {
      ...route,
      schema: {
        operationId: 'offboardTenant',
        summary: 'Offboard a tenant: export its data, then drop it',
        tags,
        params: IdParams,
        response: {
          202: described('Offboarding started', TenantSchema),
          ...platformProblems('admin-database-unavailable', 'not-found', 'tenant-not-found', 'invalid-state'),
        },
      },
    },
    async (request, reply) =>
      reply.code(202).send(await tenantsService.deleteTenant(context(request), request.params.id)),
  );

  app.post(
    '/migrations',
    {
      ...route,
      schema: {
        operationId: 'startMigrations',
        summary: 'Apply pending tenant-template migrations to all tenants (or one)',
        tags,
        body: Type.Optional(MigrationRunBody),
        response: {
          202: described(
            'The migration run started; follow it with getMigrationStatus',
            Type.Record(Type.String(), Type.Unknown()),
          ),
          ...platformProblems('admin-database-unavailable', 'migration-running'),
        },
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
    '/migrations',
    {
      ...route,
      schema: {
        operationId: 'getMigrationStatus',
        summary: 'Template version per tenant and the progress of the current run',
        tags,
        response: {
          200: described('Versions and run progress', MigrationStatus),
          ...platformProblems('admin-database-unavailable'),
        },
      },
    },
    async () => migrationOverview(app.redis, adminPool()),
  );
};
