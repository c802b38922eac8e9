import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { tenantAccess } from '#src/plugins/access-control';
import { described } from '#src/http/common.schemas';
import { TenantSettings, TenantSettingsInput } from './tenant-settings.schemas';
import * as service from './tenant-settings.service';
import { tenantProblems } from '#src/http/problem-responses';

const tags = ['settings'];

export const tenantSettingsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '',
    {
      // Every role reads them: the board's exception lists use the thresholds.
      config: { access: tenantAccess('admin', 'dispatcher', 'driver', 'viewer') },
      schema: {
        operationId: 'getTenantSettings',
        summary: "The tenant's settings: exception thresholds and time zone, defaults filled in",
        tags,
        response: { 200: described('The tenant settings', TenantSettings), ...tenantProblems() },
      },
    },
    (request) => request.read((ctx) => service.getSettings(ctx)),
  );

  app.put(
    '',
    {
      config: { access: tenantAccess('admin') },
      schema: {
        operationId: 'updateTenantSettings',
        summary: 'Replace the tenant settings (an omitted one returns to its default); audited',
        tags,
        body: TenantSettingsInput,
        response: { 200: described('The stored tenant settings', TenantSettings), ...tenantProblems() },
      },
    },
    (request) => request.write((uow) => service.updateSettings(uow, request.body)),
  );
};
