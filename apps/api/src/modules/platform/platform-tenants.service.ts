import {
  changeTenant,
  findTenantById,
  listTenants,
  offboardTenant,
  provisionTenant,
  registryDb,
  updateTenant,
  type ExportSink,
  type Pool,
  type TenantRow,
  tenantView,
} from '@dispatch/db';
import { AppError, assertThat, badRequest } from '#src/kernel/problems';
import { storeClientSecret } from '#src/auth/client-secrets';
import type { SecretBox } from '#src/auth/secret-box';
import type { SystemWork } from '#src/kernel/tenant-work';
import type { IdpDryRun } from '#src/plugins/idp-dry-run';
import { dryRunFailed } from '#src/modules/idp-settings/index';
import { tenantLimitOverrides, withLimitOverrides } from '#src/rate-limits/policy';
import { decodeCursor } from '#src/kernel/cursor';
import { keysetPage } from '#src/kernel/paging';
import type { TenantCreateBody, TenantDto, TenantPatchBody } from './platform.schemas';

export interface PlatformContext {
  adminPool: Pool;
  appRole: string;
  actor: string;
  requestId: string;
  /** Drops cached registry entries on every replica after a change. */
  invalidate: (tenantId?: string) => Promise<void>;
  exportSink: ExportSink;
  /** Seals tenant client secrets. */
  box: SecretBox;
  /** The same identity dry run a tenant admin's change passes. */
  dryRun: IdpDryRun;
  /** Tenant work on a tenant's own data (a new tenant's client secret). */
  systemWork: SystemWork;
  log: { error(obj: unknown, msg: string): void; info(obj: unknown, msg: string): void };
}

export const toTenantDto = (row: TenantRow): TenantDto => {
  const rateLimits = tenantLimitOverrides(row.settings);
  return { ...tenantView(row), rateLimits: Object.keys(rateLimits).length ? rateLimits : null };
};

/** Seals a web-client secret for the tenant (never stored in the registry's `idp` object). */
async function storeSecret(
  ctx: PlatformContext,
  tenant: TenantRow,
  clientId: string | undefined,
  secret: string,
) {
  if (!clientId) throw badRequest('A client secret needs a webClientId', 'idp.clientSecret');
  await ctx.systemWork.write(tenant, 'platform-create-tenant', (uow) =>
    storeClientSecret(uow.tx, ctx.box, clientId, secret),
  );
}

export async function createTenant(ctx: PlatformContext, body: TenantCreateBody) {
  const { clientSecret, ...idp } = body.idp ?? { issuer: '' };
  if (clientSecret && !idp.webClientId)
    throw badRequest('A client secret needs a webClientId', 'idp.clientSecret');
  const input = body.idp ? { ...body, idp } : body;
  const result = await provisionTenant(ctx.adminPool, input, {
    appRole: ctx.appRole,
    actor: ctx.actor,
    requestId: ctx.requestId,
  });
  if (result.created && clientSecret) await storeSecret(ctx, result.tenant, idp.webClientId, clientSecret);
  if (result.created) await ctx.invalidate(result.tenant.id);
  return { tenant: toTenantDto(result.tenant), created: result.created };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const isTenantCursor = (value: Record<string, unknown>): value is { id: string } =>
  typeof value.id === 'string' && UUID.test(value.id);

export async function listTenantPage(
  ctx: PlatformContext,
  query: { cursor?: string; limit?: number; includeDeleted?: boolean },
) {
  const limit = query.limit ?? 50;
  const after = decodeCursor(query.cursor, isTenantCursor);
  const rows = await listTenants(registryDb(ctx.adminPool), {
    limit: limit + 1,
    afterId: after?.id,
    includeDeleted: query.includeDeleted,
  });
  return keysetPage(rows, limit, toTenantDto, (row) => ({ id: row.id }));
}

export async function getTenant(ctx: PlatformContext, id: string): Promise<TenantRow> {
  const row = await findTenantById(registryDb(ctx.adminPool), id);
  assertThat(row, 'not-found', `No tenant ${id}`);
  return row;
}

/**
 * Name, tier, status, identity settings and client secret change in ONE transaction with their audit event
 * (changeTenant); every replica drops its cache only after the commit, so a failure changes and announces
 * nothing. New identity settings pass the dry run first unless `skipIdpCheck` says otherwise (audited).
 */
export async function patchTenant(ctx: PlatformContext, id: string, patch: TenantPatchBody) {
  const before = await getTenant(ctx, id);
  if (before.status === 'deleted' || before.status === 'offboarding') {
    throw new AppError('tenant-deleted', 'A deleted or offboarding tenant cannot be changed');
  }
  const { skipIdpCheck, ...fields } = patch;
  const { clientSecret, ...idp } = fields.idp ?? { issuer: '' };
  if (clientSecret && !idp.webClientId)
    throw badRequest('A client secret needs a webClientId', 'idp.clientSecret');
  if (skipIdpCheck && !fields.idp) throw badRequest('skipIdpCheck goes with idp', 'skipIdpCheck');
  let idpCheck: 'passed' | 'skipped' | undefined;
  if (fields.idp) {
    idpCheck = skipIdpCheck ? 'skipped' : 'passed';
    if (!skipIdpCheck) {
      const result = await ctx.dryRun.run(id, idp);
      if (!result.ok) throw dryRunFailed(result);
    }
  }

  const after = await changeTenant(
    ctx.adminPool,
    before,
    { actor: ctx.actor, requestId: ctx.requestId },
    async (tx, current) => {
      if (clientSecret) await storeClientSecret(tx, ctx.box, idp.webClientId!, clientSecret);
      return {
        patch: {
          ...(fields.status ? { status: fields.status } : {}),
          ...(fields.tier ? { tier: fields.tier } : {}),
          ...(fields.name ? { name: fields.name } : {}),
          ...(fields.idp ? { idp, idpIssuer: idp.issuer } : {}),
          ...(fields.rateLimits !== undefined
            ? { settings: withLimitOverrides(current.settings, fields.rateLimits) }
            : {}),
        },
        audit: {
          action: fields.status === 'suspended' ? 'tenant.suspended' : 'tenant.updated',
          detail: {
            before: {
              status: current.status,
              tier: current.tier,
              name: current.name,
              rateLimits: tenantLimitOverrides(current.settings),
            },
            patch: fields.idp
              ? { ...fields, idp: { ...idp, ...(clientSecret ? { clientSecret: '(replaced)' } : {}) } }
              : fields,
            ...(idpCheck ? { idpCheck } : {}),
          },
        },
      };
    },
  );
  await ctx.invalidate(id);
  return toTenantDto(after);
}

/** Marks the tenant, answers at once, and exports then drops in the background (202 semantics). */
export async function deleteTenant(ctx: PlatformContext, id: string) {
  const tenant = await getTenant(ctx, id);
  if (tenant.status === 'deleted') return toTenantDto(tenant);
  const marked = await updateTenant(registryDb(ctx.adminPool), id, { status: 'offboarding' });
  await ctx.invalidate(id);
  void offboardTenant(ctx.adminPool, id, { sink: ctx.exportSink, actor: ctx.actor, requestId: ctx.requestId })
    .then((row) => ctx.log.info({ tenantId: id, exportLocation: row.exportLocation }, 'tenant offboarded'))
    .catch((error: unknown) =>
      ctx.log.error({ err: error, tenantId: id }, 'tenant offboarding failed; re-run the delete'),
    );
  return toTenantDto(marked!);
}
