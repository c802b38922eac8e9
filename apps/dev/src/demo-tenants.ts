import { demoUsers, subjectFor } from '@dispatch/dev-idp';
import { findLiveTenantBySlug, provisionTenant, registryDb, type Pool, type TenantRow } from '@dispatch/db';

export const DEMO_TENANTS = [
  { slug: 'acme', name: 'Acme Construction', tier: 'premium', realm: 'dispatch-acme' },
  { slug: 'globex', name: 'Globex Logistics', tier: 'standard', realm: 'dispatch-globex' },
] as const;

/** Provisions the demo tenants against the dev IdP realms (idempotent: a restart finds them). */
export async function provisionDemoTenants(
  adminPool: Pool,
  options: { appRole: string; issuerFor: (realm: string) => string },
): Promise<TenantRow[]> {
  const rows: TenantRow[] = [];
  for (const demo of DEMO_TENANTS) {
    const existing = await findLiveTenantBySlug(registryDb(adminPool), demo.slug);
    if (existing) {
      rows.push(existing);
      continue;
    }
    const { tenant } = await provisionTenant(
      adminPool,
      {
        slug: demo.slug,
        name: demo.name,
        tier: demo.tier,
        idp: {
          issuer: options.issuerFor(demo.realm),
          apiAudience: 'dispatch-api',
          webClientId: 'dispatch-web',
          // The seeded client-credentials integration acts as a dispatcher and cannot present a second factor.
          mfa: { exemptClients: ['dispatch-integration'] },
        },
      },
      { appRole: options.appRole, actor: 'dev-start' },
    );
    rows.push(tenant);
  }
  return rows;
}

/** The demo tenants' drivers who can sign in: the dev IdP's users with the driver role, linked by `sub`. */
export function linkedDemoDrivers(realm: string) {
  return (demoUsers[realm] ?? [])
    .filter((user) => user.roles.includes('dispatch-driver'))
    .map((user) => ({ name: user.name, sub: subjectFor(realm, user), region: user.region ?? 'north' }));
}
