import fp from 'fastify-plugin';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import type { AppConfig } from '@dispatch/config';
import { ProblemSchema } from '#src/http/common.schemas';
import { publicAccess, type RouteAccess } from './access-control';

/** Where the interactive API reference is served (public: it shows the document, never data). */
export const API_DOCS_PATH = '/api/docs';

const TENANCY = `Multi-tenant equipment and driver dispatch.

**Tenancy is chosen by the host name.** Each tenant lives at \`{slug}.{baseDomain}\` (for example
\`acme.localhost:3000\` in development): a request to that host acts on that tenant only, and a tenant's
token or session is refused on any other tenant's host. Platform operations (\`/platform/*\`) live on the
platform host \`platform.{baseDomain}\`.

**Credentials**: a bearer access token from the tenant's identity provider (machine clients use client
credentials), or, for the web app, the \`dispatch_session\` cookie set by \`/auth/login\` (\`__Host-dispatch_session\`
over https). Cookie-authenticated writes also need an \`X-Requested-With\` header and a same-origin \`Origin\`.
Platform operations take a platform-issuer token or a session signed in on the platform host.

**Errors** are \`application/problem+json\` (RFC 9457); validation errors name each field in \`errors\`.`;

type Security = Array<Record<string, string[]>>;
const TENANT_SECURITY: Security = [{ bearer: [] }, { session: [] }];
const PLATFORM_SECURITY: Security = [{ platformBearer: [] }, { session: [] }];

function securityFor(access: RouteAccess | undefined): Security {
  if (!access || access.kind === 'public') return [];
  return access.kind === 'platform' ? PLATFORM_SECURITY : TENANT_SECURITY;
}

function servers(config: AppConfig) {
  const production = config.env === 'production';
  const origin = (host: string) => (production ? `https://${host}` : `http://${host}:${config.http.port}`);
  return [
    { url: '/', description: 'The host this document was fetched from' },
    {
      url: origin(`{tenant}.${config.http.baseDomain}`),
      description: 'A tenant host: the slug in the host name chooses the tenant',
      variables: { tenant: { default: 'acme', description: "The tenant's slug" } },
    },
    { url: origin(`platform.${config.http.baseDomain}`), description: 'The platform host (/platform/*)' },
  ];
}

/**
 * The interactive API reference (Swagger UI, assets served from the package, nothing fetched from the web).
 * Its routes are registered by the UI plugin itself; this context marks them public, like the document.
 * Registered after the access-control plugin so the role-matrix review lists them.
 */
export async function apiReferenceRoutes(app: FastifyInstance) {
  app.addHook('onRoute', (route) => {
    route.config = { ...route.config, access: publicAccess };
  });
  await app.register(swaggerUi, {
    routePrefix: API_DOCS_PATH,
    staticCSP: true,
    uiConfig: { deepLinking: true, displayOperationId: true, tryItOutEnabled: false },
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}

/** The OpenAPI document is generated from the very schemas that validate requests. */
export const openapiPlugin = fp<{ config: AppConfig }>(
  async (app, { config }) => {
    // One shared Problem schema; problemResponses() (http/problem-responses.ts) narrows it by $id.
    app.addSchema(ProblemSchema);
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: { title: 'Dispatch API', version: '0.1.0', description: TENANCY },
        servers: servers(config),
        components: {
          securitySchemes: {
            bearer: {
              type: 'http',
              scheme: 'bearer',
              bearerFormat: 'JWT',
              description: "An access token from the tenant's identity provider",
            },
            platformBearer: {
              type: 'http',
              scheme: 'bearer',
              bearerFormat: 'JWT',
              description: 'An access token from the platform issuer with the platform-admin role',
            },
            session: {
              type: 'apiKey',
              in: 'cookie',
              name: 'dispatch_session',
              description:
                'The web session cookie set by /auth/callback (__Host-dispatch_session over https)',
            },
          },
        },
      },
      // Shared schemas keep their $id as their component name (components.schemas.Problem).
      refResolver: { buildLocalReference: (json, _base, _fragment, i) => String(json.$id ?? `def-${i}`) },
      // Who may call a route is declared once, in config.access; the document's security follows from it.
      transform: ({ schema, url, route }) =>
        !schema || schema.hide
          ? { schema, url }
          : { schema: { ...schema, security: securityFor(route.config?.access) }, url },
    });
  },
  { name: 'openapi' },
);
