import type { FastifyBaseLogger } from 'fastify';
import type { TenantTx } from '@dispatch/db';
import type { TenantUser } from '#src/auth/tenant-user';

/**
 * What a service is handed for tenant work: the transaction, whose data it is and who asks. Nothing in it is
 * optional, so a service never checks for a missing user or tenant. A `UnitOfWork` is one too, so a write can
 * call any read.
 */
export interface TenantContext {
  readonly tx: TenantTx;
  readonly tenantId: string;
  readonly user: TenantUser;
  readonly requestId: string;
  readonly log: FastifyBaseLogger;
}

export interface ReadOptions {
  /** Read from the replica when one is configured (reports and other reads that may lag a moment). */
  replica?: boolean;
}

/**
 * The identity system work acts as. It has every role and no region, because the code running it (the
 * reconciler, the socket handshake, the sign-in bookkeeping) is trusted to see the whole tenant; its `sub`
 * names the entry point, so an audit event written by system work says which one.
 */
export function systemUser(entryPoint: string): TenantUser {
  return {
    sub: `system:${entryPoint}`,
    name: `Dispatch (${entryPoint})`,
    roles: ['admin'],
    mfa: false,
  };
}
