import fp from 'fastify-plugin';
import type { FastifyBaseLogger, FastifyRequest, RawRequestDefaultExpression } from 'fastify';
import type { AppConfig } from '@dispatch/config';
import { resolveHost } from '#src/tenancy/resolve-host';

export const REQUEST_ID_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/;

declare module 'fastify' {
  interface FastifyRequest {
    /** Why the answer is a 5xx: logged (through the safe error serializer) on the request's line. */
    failure?: Error;
    /** The tenant slug already bound to `request.log` (from the host, or from the token on a shared host). */
    loggedTenant?: string;
    /** The problem type the answer carries (set where problems are sent), so its line says which check refused it. */
    problem?: string;
  }
}

/**
 * Binds the caller to every later log line of the request: the user, and the tenant's slug unless the host
 * already named it (pino would repeat a key). The request's own logger (created for it by this plugin) takes
 * the fields in place (pino's setBindings), which costs no new child; any other gets a child.
 */
export function bindCallerToLog(request: FastifyRequest, slug: string, userId: string): void {
  const fields = request.loggedTenant === undefined ? { tenant: slug, userId } : { userId };
  request.loggedTenant ??= slug;
  const own = (request.raw as BoundRequest)[BOUND]?.logger as PinoLogger | undefined;
  // (A disabled logger is Fastify's no-op one, whose children are itself and which has no setBindings.)
  const setBindings = own === request.log ? own?.setBindings?.bind(own) : undefined;
  if (setBindings) setBindings(fields);
  else request.log = request.log.child(fields);
}

type ChildOptions = NonNullable<Parameters<FastifyBaseLogger['child']>[1]>;
/** A pino logger (Fastify's, when logging is on) also takes bindings in place. */
type PinoLogger = FastifyBaseLogger & { setBindings?(bindings: Record<string, unknown>): void };

/** What the request's own logger was created with, kept on the raw request for the onRequest hook. */
const BOUND = Symbol('request-log-bindings');
interface BoundRequest {
  [BOUND]?: { route: boolean; tenant: string | undefined; logger?: FastifyBaseLogger };
}

/**
 * Echo the request id on every response, and log one line per request with the fields SREs filter on.
 * Every line of a request carries its route pattern and, on a tenant host, the slug the host names (even when no
 * such tenant exists or its token is refused: that is what an operator searches for). A refused request's line
 * names its problem type (`token-expired`, `rate-limited`, …): which check refused it. A 5xx line names its
 * cause: the error class and message, through the error serializer that drops SQL, parameters and Postgres'
 * quoting of request data.
 */
export const requestLoggingPlugin = fp<{ config: AppConfig }>(
  async (app, { config }) => {
    app.decorateRequest('failure', undefined);
    app.decorateRequest('loggedTenant', undefined);
    app.decorateRequest('problem', undefined);

    // The request's logger is created once with its id, route pattern and host tenant: each pino child costs
    // a copy and a serialization of its bindings, which per request showed in the read path's profile.
    const requestLogger = (
      logger: FastifyBaseLogger,
      bindings: Record<string, unknown>,
      options: ChildOptions,
      raw: RawRequestDefaultExpression,
      route: string | undefined,
    ) => {
      const target = resolveHost(raw.headers.host, config.http.baseDomain);
      const tenant = target.kind === 'tenant' ? target.slug : undefined;
      const bound: NonNullable<BoundRequest[typeof BOUND]> = { route: route !== undefined, tenant };
      (raw as BoundRequest)[BOUND] = bound;
      // Fastify builds the bindings (the request id) afresh for each request: route and tenant join them in place.
      if (route !== undefined) bindings.route = route;
      if (tenant !== undefined) bindings.tenant = tenant;
      // Without options pino takes its cheaper path (Fastify passes `{}` when the route sets none).
      const child = hasKeys(options) ? logger.child(bindings, options) : logger.child(bindings);
      bound.logger = child;
      return child;
    };
    app.setChildLoggerFactory((logger, bindings, options, raw) =>
      requestLogger(logger, bindings, options, raw, undefined),
    );
    app.addHook('onRoute', (route) => {
      const url = route.url;
      route.childLoggerFactory = (logger, bindings, options, raw) =>
        requestLogger(logger, bindings, options, raw, url);
    });

    app.addHook('onRequest', async (request, reply) => {
      reply.header('x-request-id', request.id);
      const bound = (request.raw as BoundRequest)[BOUND];
      // Not found, or a route registered before this plugin: its logger has no route yet.
      if (!bound?.route) request.log = request.log.child({ route: request.routeOptions.url ?? 'not-found' });
      if (bound) {
        request.loggedTenant = bound.tenant;
        return;
      }
      const target = resolveHost(request.headers.host, config.http.baseDomain);
      if (target.kind === 'tenant') {
        request.loggedTenant = target.slug;
        request.log = request.log.child({ tenant: target.slug });
      }
    });
    app.addHook('onResponse', async (request, reply) => {
      const status = reply.statusCode;
      const line: { method: string; status: number; durationMs: number; problem?: string } = {
        method: request.method,
        status,
        durationMs: Math.round(reply.elapsedTime * 100) / 100,
      };
      if (request.problem !== undefined) line.problem = request.problem;
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

function hasKeys(object: object): boolean {
  for (const _ in object) return true;
  return false;
}

/** A 5xx sent without an error behind it (a handler chose the status): the line still names a cause. */
class UnexplainedFailure extends Error {
  constructor(status: number) {
    super(`the handler answered ${status} without an error`);
    this.name = 'UnexplainedFailure';
  }
}
