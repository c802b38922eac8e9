import fp from 'fastify-plugin';
import type { FastifyRequest } from 'fastify';
import type { AppConfig } from '@dispatch/config';
import { resolveHost } from '#src/tenancy/resolve-host';

export const REQUEST_ID_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/;

declare module 'fastify' {
  interface FastifyRequest {
    /** Why the answer is a 5xx: logged (through the safe error serializer) on the request's line. */
    failure?: Error;
    /** The tenant slug already bound to `request.log` (from the host, or from the token on a shared host). */
    loggedTenant?: string;
  }
}

/** Binds the tenant's slug to every later log line of the request, once (pino would repeat a key). */
export function bindTenantToLog(request: FastifyRequest, slug: string): void {
  if (request.loggedTenant !== undefined) return;
  request.loggedTenant = slug;
  request.log = request.log.child({ tenant: slug });
}

/**
 * Echo the request id on every response, and log one line per request with the fields SREs filter on.
 * Every line of a request carries its route pattern and, on a tenant host, the slug the host names (even when no
 * such tenant exists or its token is refused: that is what an operator searches for). A 5xx line names its
 * cause: the error class and message, through the error serializer that drops SQL, parameters and Postgres'
 * quoting of request data.
 */
export const requestLoggingPlugin = fp<{ config: AppConfig }>(
  async (app, { config }) => {
    app.decorateRequest('failure', undefined);
    app.decorateRequest('loggedTenant', undefined);
    app.addHook('onRequest', async (request, reply) => {
      reply.header('x-request-id', request.id);
      request.log = request.log.child({ route: request.routeOptions.url ?? 'not-found' });
      const target = resolveHost(request.headers.host, config.http.baseDomain);
      if (target.kind === 'tenant') bindTenantToLog(request, target.slug);
    });
    app.addHook('onResponse', async (request, reply) => {
      const status = reply.statusCode;
      const line = {
        method: request.method,
        status,
        durationMs: Math.round(reply.elapsedTime * 100) / 100,
      };
      if (status < 500) {
        request.log.info(line, 'request completed');
        return;
      }
      const err = request.failure ?? new UnexplainedFailure(status);
      // No tenant known (a shared host before the token named one, a platform route): said so, not left out.
      const tenant = request.loggedTenant === undefined ? { tenant: null } : {};
      request.log.error({ ...line, ...tenant, err }, 'request failed');
    });
  },
  { name: 'request-logging' },
);

/** A 5xx sent without an error behind it (a handler chose the status): the line still names a cause. */
class UnexplainedFailure extends Error {
  constructor(status: number) {
    super(`the handler answered ${status} without an error`);
    this.name = 'UnexplainedFailure';
  }
}
