import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import type { TenantTx } from '@dispatch/db';
import { tenantAccess } from '#src/plugins/access-control';
import { described } from '#src/http/common.schemas';
import { TenantSettings, TenantSettingsInput } from './tenant-settings.schemas';
import * as service from './tenant-settings.service';
import { tenantProblems } from '#src/http/problem-responses';

const tags = ['settings'];

const ctx = (request: FastifyRequest, tx: TenantTx): service.ServiceContext => ({
  tx,
  user: request.user!,
  tenantId: request.tenant!.id,
  requestId: request.id,
});

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
    (request) => request.tenantTx((tx) => service.getSettings(ctx(request, tx)), { readOnly: true }),
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
    (request) => request.tenantTx((tx) => service.updateSettings(ctx(request, tx), request.body)),
  );
};
