import fp from 'fastify-plugin';
import rateLimit, { normalizeIP } from '@fastify/rate-limit';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Counter } from 'prom-client';
import { LRUCache } from 'lru-cache';
import type { AppConfig } from '@dispatch/config';
import { AppError } from '#src/kernel/problems';
import { limitsFor, rateLimitHeaders, type BucketName, type BucketState } from '#src/rate-limits/policy';
import { sharedRedisStore } from '#src/rate-limits/redis-store';

export interface RateLimits {
  readonly enabled: boolean;
  /** Counts a Socket.IO handshake of this client IP; throws 429 `rate-limited` when it is over its limit. */
  handshake(ip: string): Promise<void>;
  /**
   * Counts a tenant request that failed before authentication against its client IP; over the limit, the
   * 429 to answer instead of the failure.
   */
  failedAuthentication(request: FastifyRequest): Promise<AppError | undefined>;
  /** Counts a refusal decided elsewhere (the realtime socket cap) in `http_rate_limited_total`. */
  refused(tenant: string, bucket: string): void;
}

declare module 'fastify' {
  interface FastifyInstance {
    rateLimits: RateLimits;
  }
}

/** Users whose last count this replica remembers (a few hundred bytes each). */
const USERS_REMEMBERED = 10_000;
/** A user counted together with their tenant must have had more than this left: a tenth of their limit, at least 2. */
const userMargin = (limit: number) => Math.max(2, Math.ceil(limit / 10));

/** Never limited: probes must answer whatever the traffic (the metrics port is another server). */
const EXEMPT_ROUTES = new Set(['/api/health', '/api/ready']);
const SUBJECT = Symbol('rate-limit-subject');

interface Subject {
  routeOptions: { config: Record<string, never> };
  [SUBJECT]: { key: string; max: number };
}

const rateLimited = (state: BucketState, headers: Record<string, string>) =>
  new AppError(
    'rate-limited',
    `Too many requests (${state.bucket} limit of ${state.limit}); retry in ${state.resetSeconds} s`,
    { headers: { ...headers, 'retry-after': String(Math.max(1, state.resetSeconds)) } },
  );

/**
 * Request limits counted in Redis, so every replica counts together (@fastify/rate-limit's Redis store, one
 * atomic Lua script per count). Authenticated requests count against the user and the tenant (and report
 * generation against a stricter tenant bucket), by the tenant's tier and its own overrides. Anonymous work is
 * limited per client IP: every `/auth/*` call, and every tenant request that fails before authentication
 * (bad token, unknown host): once an IP is over, such failures are answered 429 instead, while a request that
 * does authenticate from the same address still passes (one bad client behind a shared NAT blocks no one).
 * Redis being unreachable lets requests through (the library's skipOnError): limits protect, they do not gate.
 */
export const rateLimitsPlugin = fp<{ config: AppConfig }>(
  async (app, { config }) => {
    const settings = config.rateLimits;
    if (!settings.enabled) {
      app.decorate('rateLimits', {
        enabled: false,
        handshake: async () => undefined,
        failedAuthentication: async () => undefined,
        refused: () => undefined,
      });
      return;
    }
    const windowSeconds = settings.windowSeconds;
    // One namespace per deployment (its database), so replicas of one deployment share counts and nothing else.
    const deployment = new URL(config.db.url).pathname.replace(/^\//, '') || 'default';
    await app.register(rateLimit, {
      global: false,
      timeWindow: windowSeconds * 1000,
      skipOnError: true,
      store: sharedRedisStore(app.redis, `dispatch:rl:${deployment}:`),
    });
    const limiter = app.createRateLimit({
      keyGenerator: (request) => (request as unknown as Subject)[SUBJECT].key,
      max: (request) => (request as unknown as Subject)[SUBJECT].max,
    });
    const limited = new Counter({
      name: 'http_rate_limited_total',
      help: 'Requests refused with 429 by tenant (slug, or "-" before authentication) and bucket',
      labelNames: ['tenant', 'bucket'] as const,
      registers: [app.metrics.registry],
    });

    async function count(bucket: BucketName, key: string, max: number): Promise<BucketState> {
      const subject: Subject = { routeOptions: { config: {} }, [SUBJECT]: { key: `${bucket}:${key}`, max } };
      const result = await limiter(subject as unknown as FastifyRequest);
      if (result.isAllowed)
        return { bucket, limit: max, remaining: max, resetSeconds: windowSeconds, exceeded: false };
      return {
        bucket,
        limit: max,
        remaining: result.remaining,
        resetSeconds: result.ttlInSeconds || windowSeconds,
        exceeded: result.isExceeded,
      };
    }

    function enforce(reply: FastifyReply, states: BucketState[], tenant: string): void {
      const headers = rateLimitHeaders(states, windowSeconds);
      const over = states.find((state) => state.exceeded);
      if (!over) {
        reply.headers(headers);
        return;
      }
      limited.inc({ tenant, bucket: over.bucket });
      throw rateLimited(over, headers);
    }

    // An IPv6 client is counted by its /64, which one subscriber usually holds whole (the library's default).
    const anonymous = (ip: string) => count('anonymous', normalizeIP(ip), settings.anonymousPerIp);
    const routeOf = (request: FastifyRequest) => (request.is404 ? undefined : request.routeOptions.url);

    // Every `/auth/*` call counts against the client IP before anything else happens.
    app.addHook('onRequest', async (request, reply) => {
      const url = routeOf(request);
      if (url?.startsWith('/auth/')) enforce(reply, [await anonymous(request.ip)], '-');
    });

    // What each user had left when this replica last counted them (bounded: least recently seen go first).
    const userHeadroom = new LRUCache<string, number>({ max: USERS_REMEMBERED });

    // After authentication (every onRequest hook has run). The user is counted first, so a user over their limit
    // does not also use up their colleagues' tenant allowance: the tenant is counted only once the user's count
    // came back under. That wait is a second round trip to Redis on every request; so a user this replica last
    // saw well under their limit is counted together with the tenant, in one write. Only a user crossing their
    // whole margin between two of this replica's counts (through other replicas) can then cost the tenant a
    // refused request, and their next request here is counted first again.
    app.addHook('preParsing', async (request, reply) => {
      const { tenant, user } = request;
      if (!tenant || !user || EXEMPT_ROUTES.has(request.routeOptions.url ?? '')) return;
      const limits = limitsFor(settings, tenant);
      const userKey = `${tenant.id}:${user.sub}`;
      const countUser = () => count('user', userKey, limits.user);
      const countShared = () => {
        const shared = [count('tenant', tenant.id, limits.tenant)];
        if (request.routeOptions.url?.startsWith('/api/reports/'))
          shared.push(count('reports', tenant.id, limits.reports));
        return shared;
      };
      let states: BucketState[];
      if ((userHeadroom.get(userKey) ?? 0) > userMargin(limits.user)) {
        states = await Promise.all([countUser(), ...countShared()]);
      } else {
        states = [await countUser()];
        if (!states[0]!.exceeded) states.push(...(await Promise.all(countShared())));
      }
      userHeadroom.set(userKey, states[0]!.remaining);
      enforce(reply, states, tenant.slug);
    });

    app.decorate('rateLimits', {
      enabled: true,
      async handshake(ip: string) {
        const state = await count('handshake', normalizeIP(ip), settings.handshakesPerIp);
        if (state.exceeded) {
          limited.inc({ tenant: '-', bucket: 'handshake' });
          throw rateLimited(state, {});
        }
      },
      refused: (tenant, bucket) => limited.inc({ tenant, bucket }),
      async failedAuthentication(request) {
        const state = await anonymous(request.ip);
        if (!state.exceeded) return undefined;
        limited.inc({ tenant: '-', bucket: 'anonymous' });
        return rateLimited(state, rateLimitHeaders([state], windowSeconds));
      },
    });
  },
  { name: 'rate-limits', dependencies: ['redis', 'metrics', 'tenancy'] },
);
