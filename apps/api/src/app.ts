import Fastify, { LogController, type FastifyServerOptions } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AppConfig } from '@dispatch/config';
import { dispatchDeploymentKey, type DatabaseCredentialSources } from '@dispatch/db';
import { frameworkErrorHandler, problemDetailsPlugin } from './plugins/problem-details';
import { serializeError } from './plugins/log-serializers';
import { logDestination } from './plugins/log-destination';
import { configureCursorKey } from './kernel/cursor';
import { newRequestId } from './kernel/request-ids';
import { validatorCompiler } from './http/validator-compiler';
import { sharedSerializerFactory } from './http/serializer-compiler';
import { requestLoggingPlugin, REQUEST_ID_PATTERN } from './plugins/request-logging';
import { lifecyclePlugin } from './plugins/lifecycle';
import { metricsPlugin } from './plugins/metrics';
import { databasePlugin } from './plugins/database';
import { redisPlugin } from './plugins/redis';
import { tenancyPlugin } from './plugins/tenancy';
import { platformAuthPlugin } from './plugins/platform-auth';
import { accessControlPlugin } from './plugins/access-control';
import { rateLimitsPlugin } from './plugins/rate-limits';
import { apiReferenceRoutes, openapiPlugin } from './plugins/openapi';
import { jsonBodyPlugin } from './plugins/json-body';
import { webSessionPlugin } from './plugins/web-session';
import { idpDryRunPlugin } from './plugins/idp-dry-run';
import { healthRoutes } from './modules/health/health.routes';
import { platformRoutes } from './modules/platform';
import { fleetPlugin, equipmentTypeRoutes, equipmentRoutes, driverRoutes } from './modules/fleet';
import { authRoutes, meRoutes, platformMeRoutes } from './modules/auth';
import { usersPlugin, userRoutes } from './modules/users';
import { idpSettingsRoutes, platformIdpCheckRoutes } from './modules/idp-settings';
import { tenantSettingsRoutes } from './modules/tenant-settings';
import { unitOfWorkPlugin } from './kernel/unit-of-work';
import { tenantWorkPlugin } from './kernel/tenant-work';
import {
  workOrderStart,
  workOrderLockedForCompletion,
  workOrderRoutes,
  workOrderToDispatch,
} from './modules/work-orders';
import { appendAuditEvents, auditPlugin, auditRoutes } from './modules/audit';
import { realtimePlugin, tenantSeqPlugin } from './modules/realtime';
import { dispatchPlugin, dispatchRequestRoutes, dispatchAssignmentRoutes } from './modules/dispatch';
import { attachmentsPlugin, attachmentRoutes } from './modules/attachments';
import { dashboardRoutes } from './modules/dashboard';
import { reportRoutes } from './modules/reports';
import { webAppRoutes } from './modules/web-app';
import { isoTimestamp } from './kernel/iso-timestamp';

export interface BuildAppOptions {
  config: AppConfig;
  /** Overrides for tests (for example a silent logger). */
  logger?: FastifyServerOptions['logger'];
  /** Expiring database credentials (Vault); without them the configured URLs are used as they are. */
  databaseCredentials?: DatabaseCredentialSources;
}

export function loggerOptions(config: AppConfig): FastifyServerOptions['logger'] {
  return {
    level: config.log.level,
    messageKey: 'msg',
    timestamp: () => `,"time":"${isoTimestamp(new Date())}"`,
    serializers: { err: serializeError },
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
      remove: true,
    },
    ...(process.stdout.isTTY && config.env !== 'production'
      ? {
          transport: {
            target: 'pino-pretty',
            options: { singleLine: true, translateTime: 'SYS:HH:MM:ss.l' },
          },
        }
      : {}),
  };
}

/** The production logger: `loggerOptions`, its JSON lines written asynchronously to stdout (`logDestination`). */
function defaultLogger(config: AppConfig): FastifyServerOptions['logger'] {
  const options = loggerOptions(config) as Record<string, unknown>;
  return options.transport ? options : { ...options, stream: logDestination() };
}

/** Whatever logger options a caller passes, errors are serialized without request data. */
function withSafeErrors(logger: FastifyServerOptions['logger']): FastifyServerOptions['logger'] {
  if (!logger || typeof logger !== 'object') return logger;
  return { ...logger, serializers: { ...logger.serializers, err: serializeError } };
}

/** Builds the whole API as one Fastify instance; `server.ts` only listens and shuts it down. */
export async function buildApp({ config, logger, databaseCredentials }: BuildAppOptions) {
  configureCursorKey(config.auth.secretsKey);
  const app = Fastify({
    logger: withSafeErrors(logger ?? defaultLogger(config)),
    // A path whose percent-encoding does not decode is refused before routing: problem+json too.
    frameworkErrors: frameworkErrorHandler,
    // One line per request is written by the request-logging plugin, with the fields SREs filter on.
    logController: new LogController({ disableRequestLogging: true, requestIdLogLabel: 'requestId' }),
    genReqId: (request) => {
      const incoming = request.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID_PATTERN.test(incoming) ? incoming : newRequestId();
    },
    bodyLimit: config.http.bodyLimitBytes,
    trustProxy: config.http.trustProxy,
    schemaController: { compilersFactory: { buildSerializer: sharedSerializerFactory() } },
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);

  // Infrastructure: lifecycle, errors, logging, metrics, parsing, API docs, Postgres, Redis, sessions.
  await app.register(lifecyclePlugin);
  await app.register(problemDetailsPlugin);
  await app.register(requestLoggingPlugin, { config });
  await app.register(metricsPlugin);
  await app.register(jsonBodyPlugin);
  await app.register(openapiPlugin, { config });
  await app.register(databasePlugin, { config, credentials: databaseCredentials });
  await app.register(redisPlugin, { config });
  await app.register(webSessionPlugin, { config });
  await app.register(idpDryRunPlugin, { config });

  // Who is calling: the tenant from the host or token, platform admins, rate limits, then the route's access rule.
  await app.register(tenancyPlugin, { config });
  await app.register(platformAuthPlugin, { config });
  // Before access control: its first hook runs ahead of authentication, its last after it.
  await app.register(rateLimitsPlugin, { config });
  await app.register(accessControlPlugin);

  // Modules the kernel hands its work to: users seen, the realtime feed, the tenant's event position.
  await app.register(usersPlugin);
  await app.register(realtimePlugin, { config });
  await app.register(tenantSeqPlugin);

  // The kernel: the unit of work, with the audit chain and realtime publishing plugged in as sinks, and the one
  // way into tenant data (request.read, request.write, app.systemWork).
  await app.register(unitOfWorkPlugin, {
    sinks: {
      appendAudit: (tx, events) => appendAuditEvents(tx, events, { last: true }),
      publish: (tenantId, events, committedAt) => app.realtime.publish(tenantId, events, committedAt),
    },
  });
  await app.register(tenantWorkPlugin);

  // What feature modules wire at start (signals, background work, stores).
  await app.register(fleetPlugin);
  await app.register(auditPlugin, { config });
  await app.register(dispatchPlugin, {
    // Dispatch reads the work order a request names through work orders' own statement.
    workOrders: {
      toDispatch: workOrderToDispatch,
      lockedForCompletion: workOrderLockedForCompletion,
      start: workOrderStart,
    },
    deploymentKey: dispatchDeploymentKey(config.db.url),
    queue: { leaseMs: config.dispatch.queueLeaseMs },
    reconcileIntervalMs: config.dispatch.reconcileIntervalMs,
    fullReconcileIntervalMs: config.dispatch.fullReconcileIntervalMs,
  });
  await app.register(attachmentsPlugin, { config });

  // Feature routes, each under its URL prefix.
  await app.register(healthRoutes, { prefix: '/api' });
  await app.register(apiReferenceRoutes);
  await app.register(authRoutes, { prefix: '/auth', config });
  await app.register(meRoutes, { prefix: '/api/me' });
  await app.register(platformMeRoutes, { prefix: '/platform/me' });
  await app.register(platformRoutes, { prefix: '/platform', config });
  await app.register(platformIdpCheckRoutes, { prefix: '/platform' });
  await app.register(userRoutes, { prefix: '/api/users' });
  await app.register(tenantSettingsRoutes, { prefix: '/api/settings' });
  await app.register(idpSettingsRoutes, { prefix: '/api/settings/idp' });
  await app.register(equipmentTypeRoutes, { prefix: '/api/equipment-types' });
  await app.register(equipmentRoutes, { prefix: '/api/equipment' });
  await app.register(driverRoutes, { prefix: '/api/drivers' });
  await app.register(workOrderRoutes, { prefix: '/api/work-orders' });
  await app.register(dispatchRequestRoutes, { prefix: '/api/dispatch' });
  await app.register(dispatchAssignmentRoutes, { prefix: '/api/dispatch/assignments' });
  // Attachments hang on work orders and assignments: /api/work-orders/:id/attachments, …
  await app.register(attachmentRoutes, { prefix: '/api' });
  await app.register(auditRoutes, { prefix: '/api/audit' });
  await app.register(dashboardRoutes, { prefix: '/api/dashboard', config });
  await app.register(reportRoutes, { prefix: '/api/reports' });
  // Last: the web app answers every other path of a tenant's host.
  await app.register(webAppRoutes, { config });

  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
