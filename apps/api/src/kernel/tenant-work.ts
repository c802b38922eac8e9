import fp from 'fastify-plugin';
import type { FastifyRequest } from 'fastify';
import { uuidv7 } from 'uuidv7';
import { withTenantTransaction, type TenantScope } from '@dispatch/db';
import type { TenantUser } from '#src/auth/tenant-user';
import { timed } from '#src/observability/db-timing';
import type { UnitOfWork } from './unit-of-work';
import { systemUser, type ReadOptions, type TenantContext } from './tenant-context';

/**
 * Tenant work that no user request carries: recording a sign-in, resolving a socket's driver, refreshing a web
 * session, reconciling the queue, seeding demo data. Same reads and writes as a request's, under `systemUser`.
 * `entryPoint` names the caller in the user's `sub` (so in audit events) and in the log: `sign-in`,
 * `users-seen`, `socket-auth`, `web-session`, `audit-anchoring`, `platform-create-tenant`, `demo-data`, … .
 * Plugins registered before the kernel (web sessions, users seen) look `app.systemWork` up when they run, not
 * when they register.
 */
export interface SystemWork {
  read<T>(
    tenant: TenantScope,
    entryPoint: string,
    work: (ctx: TenantContext) => Promise<T>,
    options?: ReadOptions,
  ): Promise<T>;
  write<T>(tenant: TenantScope, entryPoint: string, work: (uow: UnitOfWork) => Promise<T>): Promise<T>;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Read-only tenant work as the request's user: one message per statement, on the replica if asked. */
    read<T>(work: (ctx: TenantContext) => Promise<T>, options?: ReadOptions): Promise<T>;
    /** A write as the request's user, through the unit of work: audited, signalled and published alike. */
    write<T>(work: (uow: UnitOfWork) => Promise<T>): Promise<T>;
  }
  interface FastifyInstance {
    /** Tenant reads and writes for entry points without a user request (see `SystemWork`). */
    systemWork: SystemWork;
  }
}

function requestScope(request: FastifyRequest): { tenant: TenantScope; user: TenantUser } {
  // The route's access rule guarantees both; a route that reaches here without them is a programming error.
  if (!request.tenant || !request.user)
    throw new Error(`tenant work on ${request.url} without tenant and user`);
  return { tenant: request.tenant, user: request.user };
}

/**
 * The one way into tenant data: `request.read` and `request.write` for routes, `app.systemWork` for the few
 * entry points without a user. Registered after the unit of work.
 */
export const tenantWorkPlugin = fp(
  async (app) => {
    function read<T>(
      tenant: TenantScope,
      scope: Omit<TenantContext, 'tx' | 'tenantId'>,
      work: (ctx: TenantContext) => Promise<T>,
      options: ReadOptions = {},
    ): Promise<T> {
      const pool = options.replica ? app.db.read : app.db.app;
      return timed(app.metrics, 'tenant_read', () =>
        withTenantTransaction(pool, tenant, (tx) => work({ tx, tenantId: tenant.id, ...scope }), {
          readOnly: true,
        }),
      );
    }

    app.decorateRequest('read', function <
      T,
    >(this: FastifyRequest, work: (ctx: TenantContext) => Promise<T>, options?: ReadOptions) {
      const { tenant, user } = requestScope(this);
      return read(tenant, { user, requestId: this.id, log: this.log }, work, options);
    });

    app.decorateRequest('write', function <T>(this: FastifyRequest, work: (uow: UnitOfWork) => Promise<T>) {
      const { tenant, user } = requestScope(this);
      return app.unitOfWork.run({ tenant, user, requestId: this.id, log: this.log }, work);
    });

    app.decorate('systemWork', {
      read: (tenant, entryPoint, work, options) =>
        read(
          tenant,
          {
            user: systemUser(entryPoint),
            requestId: `system-${uuidv7()}`,
            log: app.log.child({ entryPoint }),
          },
          work,
          options,
        ),
      write: (tenant, entryPoint, work) =>
        app.unitOfWork.run(
          {
            tenant,
            user: systemUser(entryPoint),
            requestId: `system-${uuidv7()}`,
            log: app.log.child({ entryPoint }),
          },
          work,
        ),
    } satisfies SystemWork);
  },
  { name: 'tenant-work', dependencies: ['database', 'metrics', 'unit-of-work'] },
);
