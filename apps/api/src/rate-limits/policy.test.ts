import { describe, expect, it } from 'vitest';
import { loadConfig } from '@dispatch/config';
import { limitsFor, rateLimitHeaders, tenantLimitOverrides } from './policy';

const config = loadConfig({
  DATABASE_URL: 'postgres://app@localhost/dispatch',
  REDIS_URL: 'redis://localhost:6379',
  PLATFORM_OIDC_ISSUER: 'http://localhost:4000/realms/platform',
}).rateLimits;

describe('rate-limit policy', () => {
  it('orders the tier defaults from trial (lowest) to enterprise (highest)', () => {
    const { trial, standard, premium, enterprise } = config.tiers;
    for (const field of ['user', 'tenant', 'reports'] as const) {
      expect(trial[field]).toBeLessThan(standard[field]);
      expect(standard[field]).toBeLessThan(premium[field]);
      expect(premium[field]).toBeLessThan(enterprise[field]);
    }
    // Reports are the strictest bucket of every tier.
    for (const tier of Object.values(config.tiers)) expect(tier.reports).toBeLessThan(tier.user);
  });

  it("takes a tenant's overrides field by field and ignores anything that is not a sane whole number", () => {
    expect(tenantLimitOverrides({ rateLimits: { user: 7, tenant: 70 } })).toEqual({ user: 7, tenant: 70 });
    expect(tenantLimitOverrides({ rateLimits: { user: 0, tenant: -1, reports: 1.5, extra: 3 } })).toEqual({});
    expect(tenantLimitOverrides({ rateLimits: { user: '9', reports: 1e12 } })).toEqual({});
    expect(tenantLimitOverrides({ rateLimits: JSON.parse('{"__proto__": {"user": 1}}') })).toEqual({});
    expect(tenantLimitOverrides({ rateLimits: [1, 2] })).toEqual({});
    expect(tenantLimitOverrides(undefined)).toEqual({});
    expect(limitsFor(config, { tier: 'trial', rateLimits: { reports: 3 } })).toEqual({
      ...config.tiers.trial,
      reports: 3,
    });
  });

  it('writes the IETF RateLimit and RateLimit-Policy fields for every bucket that applied', () => {
    expect(
      rateLimitHeaders(
        [
          { bucket: 'user', limit: 5, remaining: 0, resetSeconds: 12, exceeded: true },
          { bucket: 'tenant', limit: 50, remaining: 31, resetSeconds: 40, exceeded: false },
        ],
        60,
      ),
    ).toEqual({
      'ratelimit-policy': '"user";q=5;w=60, "tenant";q=50;w=60',
      ratelimit: '"user";r=0;t=12, "tenant";r=31;t=40',
    });
  });
});
