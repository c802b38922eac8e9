import fp from 'fastify-plugin';
import type { FastifyRequest } from 'fastify';
import { decodeJwt } from 'jose';
import type { AppConfig } from '@dispatch/config';
import { TenantDirectory, type ResolvedTenant } from '#src/tenancy/tenant-directory';
import { resolveHost } from '#src/tenancy/resolve-host';
import { IssuerKeys, discoveredJwksUri } from '#src/auth/jwks-cache';
import { VerifiedTokens } from '#src/auth/verified-tokens';
import { fetchJsonGuarded } from '#src/auth/guarded-fetch';
import { AddressPolicy } from '#src/auth/public-address';
import { bearerToken, verifyAccessToken } from '#src/auth/verify-token';
import type { TenantIdpSettings } from '#src/auth/idp-settings';
import { tenantUserOf, type TenantUser } from '#src/auth/tenant-user';
import { AppError } from '#src/kernel/problems';
import type { TenantResolutionFailure } from './metrics';

declare module 'fastify' {
  interface FastifyInstance {
    tenants: TenantDirectory;
    /** Tenant and user of a request: a bearer token first, else the web session cookie (tenant host only). */
    resolveTenant(request: FastifyRequest): Promise<{ tenant: ResolvedTenant; user: TenantUser }>;
    /** The tenant served at the request's host (subdomain), refusing suspended ones; no credentials needed. */
    tenantForHost(request: FastifyRequest): Promise<ResolvedTenant>;
    /** Verifies an access token against the tenant's own issuer and maps its claims to a user. */
    verifyTenantToken(
      tenant: ResolvedTenant,
      token: string,
    ): Promise<{ user: TenantUser; settings: TenantIdpSettings }>;
  }
  interface FastifyRequest {
    /** Set by the access rule of a tenant route; tenant data goes through `request.read` / `request.write`. */
    tenant?: ResolvedTenant;
    user?: TenantUser;
  }
}

const tenantNotFound = () => new AppError('tenant-not-found', 'No tenant is served at this address');

export const tenancyPlugin = fp<{ config: AppConfig }>(
  async (app, { config }) => {
    const ttlMs = config.tenancy.registryCacheTtlMs;
    const directory = new TenantDirectory(
      app.db.app,
      {
        ttlMs,
        maxEntries: config.tenancy.registryCacheMaxEntries,
        maxMisses: 1000,
        missTtlMs: Math.min(ttlMs, 5000),
        indexRefreshMs: Math.min(ttlMs, 1000),
      },
      app.redis,
      app.metrics,
    );
    await directory.subscribe(app.redisSubscriber);
    app.decorate('tenants', directory);

    // Tenant issuers are tenant input: their discovery and keys come only from addresses the identity dry
    // run would accept, checked again at every fetch (the name may resolve elsewhere by now).
    const addresses = new AddressPolicy(config.auth.idpCheck.allowedNetworks);
    const fetchJson = (url: string) =>
      fetchJsonGuarded(url, {
        addresses,
        allowHttp: config.auth.idpCheck.allowHttp,
        timeoutMs: 3000,
        maxBytes: config.auth.idpCheck.maxBytes,
      });
    // One key cache per issuer, shared by every tenant request on this replica; verified tokens in one cache
    // for every issuer (its size does not grow with the number of tenants).
    const issuerKeys = new Map<string, IssuerKeys>();
    const verifiedTokens = new VerifiedTokens();
    // The tenants trusting each issuer (slugs, bounded by the tenant count): a failed fetch counts against each.
    const issuerTenants = new Map<string, Set<string>>();
    const keysFor = (issuer: string, tenantSlug: string, jwksUri?: string) => {
      let keys = issuerKeys.get(issuer);
      if (!keys) {
        const slugs = new Set<string>();
        issuerTenants.set(issuer, slugs);
        keys = new IssuerKeys(issuer, discoveredJwksUri(issuer, jwksUri, fetchJson), {
          fetchJson,
          verifiedTokens,
          onFetch: (result) => {
            app.metrics.jwksFetches.inc({ result });
            if (result === 'failure')
              for (const tenant of slugs) app.metrics.jwksTenantFailures.inc({ tenant });
          },
        });
        issuerKeys.set(issuer, keys);
      }
      issuerTenants.get(issuer)!.add(tenantSlug);
      return keys;
    };
    const failed = (reason: TenantResolutionFailure, error: AppError) => {
      app.metrics.tenantResolutionFailures.inc({ reason });
      return error;
    };

    async function tenantFromRequest(
      request: FastifyRequest,
      token: string | undefined,
    ): Promise<ResolvedTenant> {
      const target = resolveHost(request.headers.host, config.http.baseDomain);
      if (target.kind === 'tenant') {
        const tenant = await directory.bySlugCached(target.slug);
        if (!tenant) throw failed('unknown-tenant', tenantNotFound());
        return tenant;
      }
      if (target.kind === 'shared' && token) {
        let issuer: unknown;
        try {
          issuer = decodeJwt(token).iss;
        } catch {
          throw failed(
            'malformed-token',
            new AppError('token-invalid', 'The token is malformed or cannot be verified'),
          );
        }
        // An issuer longer than every registered one cannot match: refused before any lookup or cache entry.
        const tenant =
          typeof issuer === 'string' && (await directory.issuerLengthPossible(issuer.length))
            ? await directory.byIssuerCached(issuer)
            : null;
        if (!tenant)
          throw failed(
            'unknown-issuer',
            new AppError('token-unknown-issuer', 'No tenant trusts the issuer of this token'),
          );
        return tenant;
      }
      throw failed('unknown-host', tenantNotFound());
    }

    function assertServing(tenant: ResolvedTenant): void {
      // An offboarding tenant is already gone for its users; its data is being exported.
      if (tenant.status === 'offboarding') throw failed('offboarding', tenantNotFound());
      if (tenant.status === 'suspended') {
        throw failed(
          'suspended',
          new AppError('tenant-suspended', 'This tenant is suspended; contact your administrator'),
        );
      }
    }

    async function verifyTenantToken(tenant: ResolvedTenant, token: string) {
      const settings = tenant.identity;
      // No identity provider means no issuer is trusted: the token is refused like one of an unknown issuer.
      if (!settings)
        throw new AppError('token-unknown-issuer', 'This tenant has no identity provider configured');
      // The token must come from THIS tenant's issuer: another tenant's token fails here whatever its roles.
      const payload = await verifyAccessToken(
        token,
        keysFor(settings.issuer, tenant.slug, settings.jwksUri),
        settings.apiAudience,
        { maxLifetimeSeconds: config.auth.maxTokenLifetimeSeconds },
      );
      if (
        typeof payload.tenant_id === 'string' &&
        payload.tenant_id !== tenant.id &&
        payload.tenant_id !== tenant.slug
      ) {
        throw new AppError('token-wrong-tenant', 'The token names another tenant');
      }
      return { user: tenantUserOf(payload, settings), settings };
    }
    app.decorate('verifyTenantToken', verifyTenantToken);

    app.decorate('tenantForHost', async (request: FastifyRequest) => {
      const target = resolveHost(request.headers.host, config.http.baseDomain);
      if (target.kind !== 'tenant') throw failed('unknown-host', tenantNotFound());
      const tenant = await directory.bySlugCached(target.slug);
      if (!tenant) throw failed('unknown-tenant', tenantNotFound());
      assertServing(tenant);
      return tenant;
    });

    app.decorate('resolveTenant', async (request: FastifyRequest) => {
      const bearer = bearerToken(request.headers.authorization);
      const tenant = await tenantFromRequest(request, bearer);
      assertServing(tenant);
      if (bearer) return { tenant, user: (await verifyTenantToken(tenant, bearer)).user };
      // Browser sign-in: the session cookie stands for tokens kept server-side (refreshed when near expiry).
      const sessionId = app.webSessions.sessionId(request);
      const settings = tenant.identity;
      const token =
        sessionId && settings ? await app.webSessions.accessToken(request, tenant, settings) : undefined;
      if (!token) throw new AppError('token-missing', 'Sign in or send a bearer token');
      try {
        return { tenant, user: (await verifyTenantToken(tenant, token)).user };
      } catch (error) {
        // A session whose tokens no longer pass (say the tenant moved to another issuer) is of no further use.
        if (error instanceof AppError && error.status === 401)
          await app.webSessions.store.destroy(tenant.id, sessionId!);
        throw error;
      }
    });

    app.decorateRequest('tenant', undefined);
    app.decorateRequest('user', undefined);
  },
  { name: 'tenancy', dependencies: ['database', 'redis', 'metrics', 'web-session'] },
);
