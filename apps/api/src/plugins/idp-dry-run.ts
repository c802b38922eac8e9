import fp from 'fastify-plugin';
import type { Redis } from 'ioredis';
import type { AppConfig } from '@dispatch/config';
import { checkIdp, type IdpCheckResult } from '#src/auth/idp-check';
import { AddressPolicy } from '#src/auth/public-address';
import { AppError } from '#src/kernel/problems';

export interface IdpDryRun {
  /**
   * The dry run of candidate identity settings for one tenant (its admin, or a platform admin on its
   * behalf). Counted per tenant: past the limit it answers 429 instead of fetching anything.
   */
  run(
    tenantId: string,
    settings: { issuer: string; jwksUri?: string; webClientId?: string },
  ): Promise<IdpCheckResult>;
}

declare module 'fastify' {
  interface FastifyInstance {
    idpDryRun: IdpDryRun;
  }
}

const WINDOW_SECONDS = 60;

/**
 * A fixed one-minute window per tenant, counted in Redis so every replica shares it. The dry run makes
 * outbound requests on a tenant admin's behalf; the count keeps it from being an amplifier or a scanner.
 */
async function countAttempt(redis: Redis, tenantId: string, perMinute: number): Promise<void> {
  const nowSeconds = Math.floor(Date.now() / 1000);
  const window = Math.floor(nowSeconds / WINDOW_SECONDS);
  const key = `dispatch:{t:${tenantId}}:idp-check:${window}`;
  const results = await redis
    .multi()
    .incr(key)
    .expire(key, WINDOW_SECONDS * 2)
    .exec();
  const count = Number(results?.[0]?.[1] ?? 0);
  if (count > perMinute) {
    const retryAfter = (window + 1) * WINDOW_SECONDS - nowSeconds;
    throw new AppError(
      'idp-check-rate-limited',
      `At most ${perMinute} identity-provider checks per minute for a tenant; retry in ${retryAfter} s`,
      { headers: { 'retry-after': String(retryAfter) } },
    );
  }
}

export const idpDryRunPlugin = fp<{ config: AppConfig }>(
  async (app, { config }) => {
    const { allowedNetworks, allowHttp, timeoutMs, maxBytes, perTenantPerMinute } = config.auth.idpCheck;
    const addresses = new AddressPolicy(allowedNetworks);
    app.decorate('idpDryRun', {
      async run(tenantId, settings) {
        await countAttempt(app.redis, tenantId, perTenantPerMinute);
        return checkIdp(settings, { allowHttp, addresses, timeoutMs, maxBytes });
      },
    });
  },
  { name: 'idp-dry-run', dependencies: ['redis'] },
);
