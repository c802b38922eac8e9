import fp from 'fastify-plugin';
import type { ResolvedTenant } from '#src/tenancy/tenant-directory';
import type { TenantUser } from '#src/auth/tenant-user';
import { recordUser } from './users.service';

/** At most one write per user per interval, shared by all replicas through Redis. */
export const SEEN_INTERVAL_SECONDS = 60;
const LOCAL_ENTRIES_MAX = 10_000;

declare module 'fastify' {
  interface FastifyInstance {
    /** Records a user now (a sign-in), whatever the throttle says. */
    recordSignIn(tenant: ResolvedTenant, user: TenantUser): Promise<void>;
  }
}

/**
 * Keeps the tenant's `users` table current: every authenticated tenant request marks its user as seen, but
 * only the first one per minute per user writes (a Redis SET NX decides across replicas; a local map saves
 * the Redis round trip for the rest). Failing to record never fails the request. The writes are system work
 * (`app.systemWork`, registered after this plugin and looked up when a request comes).
 */
export const usersPlugin = fp(
  async (app) => {
    const recentlySeen = new Map<string, number>();

    async function shouldWrite(tenantId: string, sub: string): Promise<boolean> {
      const key = `${tenantId}:${sub}`;
      const until = recentlySeen.get(key);
      if (until !== undefined && until > Date.now()) return false;
      if (recentlySeen.size >= LOCAL_ENTRIES_MAX) recentlySeen.clear();
      recentlySeen.set(key, Date.now() + SEEN_INTERVAL_SECONDS * 1000);
      const won = await app.redis.set(
        `dispatch:{t:${tenantId}}:user-seen:${sub}`,
        '1',
        'EX',
        SEEN_INTERVAL_SECONDS,
        'NX',
      );
      return won === 'OK';
    }

    app.decorate('recordSignIn', async (tenant: ResolvedTenant, user: TenantUser) => {
      await app.systemWork.write(tenant, 'sign-in', (uow) => recordUser(uow, user, { signIn: true }));
      recentlySeen.set(`${tenant.id}:${user.sub}`, Date.now() + SEEN_INTERVAL_SECONDS * 1000);
      await app.redis.set(
        `dispatch:{t:${tenant.id}}:user-seen:${user.sub}`,
        '1',
        'EX',
        SEEN_INTERVAL_SECONDS,
      );
    });

    app.addHook('preHandler', async (request) => {
      const { tenant, user } = request;
      if (!tenant || !user) return;
      try {
        if (await shouldWrite(tenant.id, user.sub)) {
          await app.systemWork.write(tenant, 'users-seen', (uow) => recordUser(uow, user, { signIn: false }));
        }
      } catch (error) {
        request.log.warn({ err: error }, 'could not record the user as seen');
      }
    });
  },
  { name: 'users', dependencies: ['database', 'redis', 'access-control'] },
);
