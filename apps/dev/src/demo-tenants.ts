import {
  findLiveTenantBySlug,
  provisionTenant,
  registryDb,
  withTenantTransaction,
  type Pool,
  type TenantRow,
} from '@dispatch/db';

export const DEMO_TENANTS = [
  { slug: 'acme', name: 'Acme Construction', tier: 'premium', realm: 'dispatch-acme' },
  { slug: 'globex', name: 'Globex Logistics', tier: 'standard', realm: 'dispatch-globex' },
] as const;

const SAMPLE_EQUIPMENT_TYPES = [
  ['Crane 50t', 'Mobile crane, 50 tonne capacity'],
  ['Flatbed', 'Flatbed truck for machinery transport'],
  ['Excavator', 'Tracked excavator, 20 tonne class'],
  ['Tow truck', 'Heavy recovery vehicle'],
];

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
        },
      },
      { appRole: options.appRole, actor: 'dev-start' },
    );
    await seedEquipmentTypes(adminPool, tenant);
    rows.push(tenant);
  }
  return rows;
}

async function seedEquipmentTypes(adminPool: Pool, tenant: TenantRow) {
  await withTenantTransaction(adminPool, tenant, async ({ client }) => {
    for (const [name, description] of SAMPLE_EQUIPMENT_TYPES) {
      await client.query(
        'INSERT INTO equipment_types (id, name, description) VALUES (gen_random_uuid(), $1, $2) ON CONFLICT DO NOTHING',
        [name, description],
      );
    }
  });
}
