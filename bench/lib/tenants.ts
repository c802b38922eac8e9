import { provisionTenant, withTenantTransaction, type Pool } from '@dispatch/db';
import type { BenchIssuers } from './issuer';
import { elapsedMs } from './stats';

export const BASE_DOMAIN = 'dispatch.test';
export const API_AUDIENCE = 'dispatch-api';
/** Rows each tenant's equipment_types holds, so a `limit=10` read returns a full page. */
export const SEEDED_ROWS = 10;

export interface BenchTenant {
  id: string;
  slug: string;
  schemaName: string;
  /** `{slug}.dispatch.test`: the Host header that resolves this tenant. */
  host: string;
  /** A viewer token from this tenant's own issuer. */
  token: string;
}

/** The benchmark's tenants, provisioned on demand and shared by every scenario that needs them. */
export class TenantFleet {
  readonly tenants: BenchTenant[] = [];

  constructor(
    private readonly adminPool: Pool,
    private readonly issuers: BenchIssuers,
    private readonly appRole: string,
  ) {}

  static slugFor(index: number): string {
    return `bench-t${String(index + 1).padStart(4, '0')}`;
  }

  /**
   * Provisions tenants one after another until there are `count`, timing each `provisionTenant` call alone.
   * Seeding rows and signing tokens happen afterwards and are not part of the timings.
   */
  async grow(
    count: number,
    onProvisioned?: (done: number, total: number, ms: number) => void,
  ): Promise<number[]> {
    const timings: number[] = [];
    const added: BenchTenant[] = [];
    for (let index = this.tenants.length + added.length; index < count; index++) {
      const slug = TenantFleet.slugFor(index);
      const started = process.hrtime.bigint();
      const { tenant } = await provisionTenant(
        this.adminPool,
        {
          slug,
          name: `Bench tenant ${index + 1}`,
          tier: 'standard',
          idp: { issuer: this.issuers.issuerFor(slug), apiAudience: API_AUDIENCE },
        },
        { appRole: this.appRole, actor: 'bench' },
      );
      const ms = elapsedMs(started);
      timings.push(ms);
      added.push({
        id: tenant.id,
        slug,
        schemaName: tenant.schemaName,
        host: `${slug}.${BASE_DOMAIN}`,
        token: '',
      });
      onProvisioned?.(this.tenants.length + added.length, count, ms);
    }
    await this.prepare(added);
    this.tenants.push(...added);
    return timings;
  }

  /** Seeds rows and signs a token for each new tenant, four at a time. */
  private async prepare(added: BenchTenant[]): Promise<void> {
    let next = 0;
    const worker = async () => {
      while (next < added.length) {
        const tenant = added[next++]!;
        await withTenantTransaction(this.adminPool, tenant, async ({ client }) => {
          await client.query(
            `INSERT INTO equipment_types (id, name, description)
             SELECT gen_random_uuid(), 'Type ' || lpad(g::text, 2, '0'), 'Seeded by the benchmark'
               FROM generate_series(1, ${SEEDED_ROWS}) AS g`,
          );
        });
        tenant.token = await this.issuers.sign(tenant.slug, {
          sub: `bench-viewer-${tenant.slug}`,
          aud: API_AUDIENCE,
          name: `Viewer of ${tenant.slug}`,
          realm_access: { roles: ['dispatch-viewer'] },
        });
      }
    };
    await Promise.all(Array.from({ length: 4 }, worker));
  }
}
