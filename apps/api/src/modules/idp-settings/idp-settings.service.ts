import { findTenantById, registryDb, type Pool, type TenantTx } from '@dispatch/db';
import { AppError, badRequest, notFound } from '../../plugins/app-error';
import { checkIdp, type IdpCheck, type IdpCheckResult } from '../../auth/idp-check';
import { normalizeIdpSettings, type TenantIdpSettings } from '../../auth/idp-settings';
import type { IdpSettings, TenantIdpSettingsInput } from '../../auth/idp-settings.schema';
import { clientSecretInfo, dropClientSecrets, storeClientSecret } from '../../auth/client-secrets';
import type { SecretBox } from '../../auth/secret-box';
import type { TenantUser } from '../../auth/tenant-user';
import type { ResolvedTenant } from '../../tenancy/tenant-directory';
import { recordAuditEvent } from '../audit';
import { setCurrentTenantIdp } from './idp-settings.repository';
import type { IdpSettingsView } from './idp-settings.schemas';

export interface IdpSettingsContext {
  tenant: ResolvedTenant;
  user: TenantUser;
  requestId: string;
  box: SecretBox;
  /** Plain-http issuers pass the dry run only outside production (the dev identity provider). */
  allowHttp: boolean;
  tenantTx<T>(work: (tx: TenantTx) => Promise<T>, options?: { readOnly?: boolean }): Promise<T>;
  /** Drops cached registry entries on every replica. */
  invalidate(): Promise<void>;
}

function toView(settings: TenantIdpSettings, secret: { updatedAt: Date } | undefined): IdpSettingsView {
  const source = secret ? 'stored' : settings.clientSecretRef ? 'reference' : null;
  return {
    issuer: settings.issuer,
    jwksUri: settings.jwksUri ?? null,
    apiAudience: settings.apiAudience,
    webClientId: settings.webClientId ?? null,
    rolesClaim: settings.rolesClaim,
    roleMap: settings.roleMap,
    regionClaim: settings.regionClaim,
    mfa: settings.mfa,
    clientSecret: { set: source !== null, source, updatedAt: secret?.updatedAt.toISOString() ?? null },
  };
}

function settingsOf(tenant: ResolvedTenant): TenantIdpSettings {
  const settings = normalizeIdpSettings(tenant.idp);
  if (!settings) throw notFound('This tenant has no identity provider configured');
  return settings;
}

async function describe(ctx: IdpSettingsContext, settings: TenantIdpSettings): Promise<IdpSettingsView> {
  const secret = settings.webClientId
    ? await ctx.tenantTx((tx) => clientSecretInfo(tx, settings.webClientId!), { readOnly: true })
    : undefined;
  return toView(settings, secret);
}

export function getIdpSettings(ctx: IdpSettingsContext): Promise<IdpSettingsView> {
  return describe(ctx, settingsOf(ctx.tenant));
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
    422,
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
 * Replaces the tenant's identity settings, only after the dry run against the new issuer passes; otherwise
 * nothing changes. A new client secret is sealed; a secret reference set by the platform survives as long as
 * the web client stays the same. Every replica drops its cached registry entry afterwards.
 */
export async function updateIdpSettings(
  ctx: IdpSettingsContext,
  input: TenantIdpSettingsInput,
): Promise<IdpSettingsView> {
  const { clientSecret, ...settings } = input;
  if (clientSecret && !settings.webClientId)
    throw badRequest('A client secret needs a webClientId', 'clientSecret');
  const result = await checkIdp(settings, { allowHttp: ctx.allowHttp });
  if (!result.ok) throw dryRunFailed(result);

  const previous = normalizeIdpSettings(ctx.tenant.idp);
  const keepRef = previous?.clientSecretRef && !clientSecret && previous.webClientId === settings.webClientId;
  const stored: IdpSettings = {
    ...settings,
    ...(keepRef ? { clientSecretRef: previous.clientSecretRef } : {}),
  };

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
  return describe(ctx, normalizeIdpSettings(stored as Record<string, unknown>)!);
}

/** Platform admins: the dry run against a tenant's stored settings, or against candidate settings. */
export async function checkTenantIdp(
  adminPool: Pool,
  tenantId: string,
  candidate: IdpSettings | null | undefined,
  allowHttp: boolean,
): Promise<IdpCheckResult> {
  const tenant = await findTenantById(registryDb(adminPool), tenantId);
  if (!tenant) throw notFound(`No tenant ${tenantId}`);
  const settings = candidate ?? normalizeIdpSettings(tenant.idp);
  if (!settings)
    throw new AppError(409, 'idp-not-configured', 'This tenant has no identity provider configured');
  return checkIdp(settings, { allowHttp });
}
