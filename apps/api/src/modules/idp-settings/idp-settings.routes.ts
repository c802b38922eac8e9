import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { platformAccess, tenantAccess, tenantCaller } from '#src/plugins/access-control';
import { AppError } from '#src/kernel/problems';
import { IdParams, described } from '#src/http/common.schemas';
import { TenantIdpSettingsInput } from '#src/auth/idp-settings.schema';
import { IdpCheckResult, IdpSettingsView, PlatformIdpCheckBody } from './idp-settings.schemas';
import { IdpSettings } from '#src/auth/idp-settings.schema';
import * as service from './idp-settings.service';
import { platformProblems, tenantProblems } from '#src/http/problem-responses';

/** The tenant admin's identity settings (under `/api/settings/idp`). */
export const idpSettingsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const deps: service.IdpSettingsDeps = { box: app.secretBox, directory: app.tenants };

  app.get(
    '',
    {
      config: { access: tenantAccess('admin') },
      schema: {
        operationId: 'getIdpSettings',
        tags: ['settings'],
        summary: "The tenant's identity-provider settings (never the client secret)",
        response: {
          200: described('The identity-provider settings', IdpSettingsView),
          ...tenantProblems('not-found'),
        },
      },
    },
    (request) => {
      const { tenant } = tenantCaller(request);
      return request.read((ctx) => service.getIdpSettings(ctx, tenant));
    },
  );

  app.put(
    '',
    {
      config: { access: tenantAccess('admin') },
      schema: {
        operationId: 'updateIdpSettings',
        tags: ['settings'],
        summary:
          'Replace the identity-provider settings; a dry run against the issuer must pass first (422 otherwise)',
        body: TenantIdpSettingsInput,
        response: {
          200: described('The stored identity-provider settings', IdpSettingsView),
          ...tenantProblems('issuer-in-use', 'idp-check-failed', 'idp-check-rate-limited'),
        },
      },
    },
    async (request) => {
      // The dry run goes over the network: before the transaction, not inside it.
      const checked = await service.checkIdpReplacement(
        app.idpDryRun,
        tenantCaller(request).tenant,
        request.body,
      );
      return request.write((uow) => service.saveIdpSettings(uow, deps, checked));
    },
  );

  app.post(
    '/check',
    {
      config: { access: tenantAccess('admin') },
      schema: {
        operationId: 'checkIdpSettings',
        tags: ['settings'],
        summary:
          'Dry run of candidate identity-provider settings, step by step (discovery, issuer, JWKS keys, web login); stores nothing',
        body: TenantIdpSettingsInput,
        response: {
          200: described('The dry-run result, step by step', IdpCheckResult),
          ...tenantProblems('idp-check-rate-limited'),
        },
      },
    },
    (request) => service.checkIdpSettings(app.idpDryRun, tenantCaller(request).tenant, request.body),
  );
};

/** The platform's dry runs of identity settings, for the console (under `/platform`). */
export const platformIdpCheckRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/idp/check',
    {
      config: { access: platformAccess },
      schema: {
        operationId: 'checkNewTenantIdp',
        tags: ['platform'],
        summary:
          'Dry run of identity settings for a tenant not created yet (the console checks before it creates); stores nothing',
        body: IdpSettings,
        response: {
          200: described('The dry-run result, step by step', IdpCheckResult),
          ...platformProblems('idp-check-rate-limited'),
        },
      },
    },
    // Counted under one key for all new tenants: there is no tenant id yet.
    (request) => app.idpDryRun.run('new-tenant', request.body),
  );

  app.post(
    '/tenants/:id/idp/check',
    {
      config: { access: platformAccess },
      // No body means "check what is stored": give the validator an empty object to accept.
      preValidation: async (request) => {
        request.body ??= {};
      },
      schema: {
        operationId: 'checkTenantIdp',
        tags: ['platform'],
        summary: "Dry run of a tenant's identity provider: discovery, issuer, JWKS keys, web-login endpoints",
        params: IdParams,
        body: PlatformIdpCheckBody,
        response: {
          200: described('The dry-run result, step by step', IdpCheckResult),
          ...platformProblems(
            'admin-database-unavailable',
            'not-found',
            'idp-not-configured',
            'idp-check-rate-limited',
          ),
        },
      },
    },
    async (request) => {
      if (!app.db.admin)
        throw new AppError('admin-database-unavailable', 'DATABASE_ADMIN_URL is not configured');
      const candidate = 'issuer' in request.body ? request.body : undefined;
      return service.checkTenantIdp(app.db.admin, request.params.id, candidate, app.idpDryRun);
    },
  );
};
