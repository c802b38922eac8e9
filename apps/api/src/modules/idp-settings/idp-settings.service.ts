import { isDeepStrictEqual } from 'node:util';
import { findTenantById, registryDb, type Pool, type TenantTx } from '@dispatch/db';
import { AppError, assertThat, badRequest, notFound } from '#src/kernel/problems';
import type { IdpCheck, IdpCheckResult } from '#src/auth/idp-check';
import { normalizeIdpSettings } from '#src/auth/idp-settings';
import type { IdpSettings, TenantIdpSettingsInput } from '#src/auth/idp-settings.schema';
import type { IdpDryRun } from '#src/plugins/idp-dry-run';
import { clientSecretInfo, dropClientSecrets, storeClientSecret } from '#src/auth/client-secrets';
import type { SecretBox } from '#src/auth/secret-box';
import type { TenantUser } from '#src/auth/tenant-user';
import type { ResolvedTenant } from '#src/tenancy/tenant-directory';
import { recordAuditEvent } from '#src/modules/audit/index';
import { setCurrentTenantIdp } from './idp-settings.repository';
import type { IdpSettingsView } from './idp-settings.schemas';

export interface IdpSettingsContext {
  tenant: ResolvedTenant;
  user: TenantUser;
  requestId: string;
  box: SecretBox;
  dryRun: IdpDryRun;
  tenantTx<T>(work: (tx: TenantTx) => Promise<T>, options?: { readOnly?: boolean }): Promise<T>;
  /** Drops cached registry entries on every replica. */
  invalidate(): Promise<void>;
}

/** The fields a tenant admin's PUT can carry, in the stored shape (no secret, no read-only parts). */
const EDITABLE = [
  'issuer',
  'jwksUri',
  'apiAudience',
  'webClientId',
  'rolesClaim',
  'roleMap',
  'regionClaim',
  'mfa',
] as const;

function storedOf(idp: Record<string, unknown>): IdpSettings {
  const stored: Record<string, unknown> = {};
  for (const key of [...EDITABLE, 'clientSecretRef'] as const) {
    if (idp[key] !== undefined) stored[key] = idp[key];
  }
  return stored as IdpSettings;
}

function toView(stored: IdpSettings, secret: { updatedAt: Date } | undefined): IdpSettingsView {
  const effective = normalizeIdpSettings(stored as Record<string, unknown>)!;
  const { clientSecretRef, ...editable } = stored;
  const source = secret ? 'stored' : clientSecretRef ? 'reference' : null;
  return {
    ...editable,
    clientSecretStatus: {
      set: source !== null,
      source,
      reference: source === 'reference' ? clientSecretRef! : null,
      updatedAt: secret?.updatedAt.toISOString() ?? null,
    },
    effective: {
      issuer: effective.issuer,
      jwksUri: effective.jwksUri ?? null,
      apiAudience: effective.apiAudience,
      webClientId: effective.webClientId ?? null,
      rolesClaim: effective.rolesClaim,
      roleMap: effective.roleMap,
      regionClaim: effective.regionClaim,
      mfa: effective.mfa,
    },
  };
}

function storedSettingsOf(tenant: ResolvedTenant): IdpSettings {
  if (!normalizeIdpSettings(tenant.idp)) throw notFound('This tenant has no identity provider configured');
  return storedOf(tenant.idp);
}

async function describe(ctx: IdpSettingsContext, stored: IdpSettings): Promise<IdpSettingsView> {
  const secret = stored.webClientId
    ? await ctx.tenantTx((tx) => clientSecretInfo(tx, stored.webClientId!), { readOnly: true })
    : undefined;
  return toView(stored, secret);
}

/** Every stored field as stored, so that a PUT of this answer changes nothing. */
export function getIdpSettings(ctx: IdpSettingsContext): Promise<IdpSettingsView> {
  return describe(ctx, storedSettingsOf(ctx.tenant));
}

const CHECK_FIELD: Record<IdpCheck['name'], string> = {
  'issuer-url': 'issuer',
  discovery: 'issuer',
  'issuer-match': 'issuer',
  jwks: 'jwksUri',
  'signing-keys': 'jwksUri',
  'web-login': 'webClientId',
};

export function dryRunFailed(result: IdpCheckResult): AppError {
  const failed = result.checks.filter((check) => !check.ok);
  return new AppError(
    'idp-check-failed',
    `The identity provider check failed: ${failed.map((c) => c.detail).join('; ')}`,
    {
      errors: failed.map((check) => ({
        field: CHECK_FIELD[check.name],
        message: `${check.name}: ${check.detail}`,
      })),
    },
  );
}

/**
 * The same dry run a PUT runs first, without storing anything: what the admin's form shows step by step before
 * it lets them save. Shares the PUT's per-tenant rate limit (it is the dry run that is limited).
 */
export async function checkIdpSettings(
  ctx: IdpSettingsContext,
  input: TenantIdpSettingsInput,
): Promise<IdpCheckResult> {
  const settings = storedOf(input as Record<string, unknown>);
  return ctx.dryRun.run(ctx.tenant.id, settings);
}

/**
 * Replaces the tenant's identity settings, only after the dry run against the new issuer passes; otherwise
 * nothing changes. A new client secret is sealed; a secret reference set by the platform survives as long as
 * the web client stays the same. Every replica drops its cached registry entry afterwards.
 */
export async function updateIdpSettings(
  ctx: IdpSettingsContext,
  input: TenantIdpSettingsInput,
): Promise<IdpSettingsView> {
  const { clientSecret } = input;
  // Read-only parts of a GET answer sent back are ignored; only the editable fields are stored.
  const settings = storedOf(input as Record<string, unknown>);
  if (clientSecret && !settings.webClientId)
    throw badRequest('A client secret needs a webClientId', 'clientSecret');
  const result = await ctx.dryRun.run(ctx.tenant.id, settings);
  if (!result.ok) throw dryRunFailed(result);

  const previous = normalizeIdpSettings(ctx.tenant.idp);
  const keepRef = previous?.clientSecretRef && !clientSecret && previous.webClientId === settings.webClientId;
  const stored: IdpSettings = {
    ...settings,
    ...(keepRef ? { clientSecretRef: previous.clientSecretRef } : {}),
  };
  // Saving what is stored already changes nothing: no write, no audit event, no cache churn.
  if (!clientSecret && isDeepStrictEqual(stored, storedOf(ctx.tenant.idp))) return describe(ctx, stored);

  await ctx.tenantTx(async (tx) => {
    if (clientSecret) await storeClientSecret(tx, ctx.box, settings.webClientId!, clientSecret);
    else await dropClientSecrets(tx, settings.webClientId);
    await setCurrentTenantIdp(tx, stored, ctx.user.sub, ctx.requestId);
    await recordAuditEvent(tx, {
      actor: ctx.user,
      action: 'idp-settings.updated',
      entity: 'idp-settings',
      entityId: ctx.tenant.id,
      before: ctx.tenant.idp,
      after: { ...stored, clientSecretReplaced: Boolean(clientSecret) },
      requestId: ctx.requestId,
    });
  });
  await ctx.invalidate();
  return describe(ctx, stored);
}

/** Platform admins: the dry run against a tenant's stored settings, or against candidate settings. */
export async function checkTenantIdp(
  adminPool: Pool,
  tenantId: string,
  candidate: IdpSettings | null | undefined,
  dryRun: IdpDryRun,
): Promise<IdpCheckResult> {
  const tenant = await findTenantById(registryDb(adminPool), tenantId);
  assertThat(tenant, 'not-found', `No tenant ${tenantId}`);
  const settings = candidate ?? normalizeIdpSettings(tenant.idp);
  if (!settings) throw new AppError('idp-not-configured', 'This tenant has no identity provider configured');
  return dryRun.run(tenant.id, settings);
}
