import type { CredentialIssuer, DatabaseLease } from '@dispatch/db';
import type { VaultClient } from './vault-session';

interface CredsResponse {
  lease_id?: string;
  lease_duration?: number;
  renewable?: boolean;
  data?: { username?: string; password?: string; ttl?: number };
}

/**
 * Database credentials from Vault's database secrets engine, through node-vault: a dynamic role
 * (`database/creds/<role>`: a new login role per lease, renewed with `sys/leases/renew`, given back with
 * `sys/leases/revoke`) or a static role (`database/static-creds/<role>`: the fixed owner's password, which
 * Vault rotates; no lease, `ttl` until the next rotation).
 */
export function vaultCredentialIssuer(client: VaultClient, path: string): CredentialIssuer {
  return {
    name: path,
    async issue(): Promise<DatabaseLease> {
      const response = (await client.read(path)) as CredsResponse;
      const { username, password } = response.data ?? {};
      if (!username || !password) throw new Error(`Vault path ${path} returned no database credentials`);
      if (response.lease_id) {
        return {
          username,
          password,
          leaseId: response.lease_id,
          durationSeconds: response.lease_duration ?? 0,
          renewable: response.renewable ?? false,
        };
      }
      return { username, password, durationSeconds: response.data?.ttl ?? 0, renewable: false };
    },
    async renew(lease, incrementSeconds) {
      const response = (await client.renew({ lease_id: lease.leaseId, increment: incrementSeconds })) as {
        lease_duration?: number;
      };
      return response.lease_duration ?? 0;
    },
    async revoke(lease) {
      if (lease.leaseId) await client.revoke({ lease_id: lease.leaseId });
    },
  };
}
