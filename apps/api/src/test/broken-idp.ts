import { SignJWT, generateKeyPair } from 'jose';
import { provisionTenant, type Pool } from '@dispatch/db';
import { APP_ROLE } from '@dispatch/testkit';
import type { App } from '#src/app';
import { API_AUDIENCE, BASE_DOMAIN } from './api-test-context';

/**
 * Provisions a tenant whose issuer is `issuer` (an identity provider that answers errors) and sends the app one
 * request with a well-formed token for it, so the API has to fetch that issuer's keys and fail. Returns the
 * response; the tenant is announced first, as the platform API and the CLI announce the tenants they create.
 */
export async function requestWithUnreachableIdp(
  adminPool: Pool,
  app: App,
  slug: string,
  issuer: string,
): Promise<Awaited<ReturnType<App['inject']>>> {
  await provisionTenant(
    adminPool,
    { slug, name: 'Broken IdP', tier: 'standard', idp: { issuer, apiAudience: API_AUDIENCE } },
    { appRole: APP_ROLE, actor: 'test' },
  );
  await app.tenants.invalidate();
  const { privateKey } = await generateKeyPair('RS256');
  const token = await new SignJWT({ realm_access: { roles: ['dispatch-admin'] } })
    .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
    .setIssuer(issuer)
    .setAudience(API_AUDIENCE)
    .setSubject('someone')
    .setExpirationTime('5m')
    .sign(privateKey);
  return app.inject({
    method: 'GET',
    url: '/api/equipment',
    headers: { host: `${slug}.${BASE_DOMAIN}`, authorization: `Bearer ${token}` },
  });
}
