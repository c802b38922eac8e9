import { isDeepStrictEqual } from 'node:util';
import { findTenantById, registryDb, type Pool } from '@dispatch/db';
import { AppError, assertThat, badRequest, notFound } from '#src/kernel/problems';
import type { TenantContext } from '#src/kernel/tenant-context';
import type { UnitOfWork } from '#src/kernel/unit-of-work';
import type { IdpCheck, IdpCheckResult } from '#src/auth/idp-check';
import { normalizeIdpSettings } from '#src/auth/idp-settings';
import type { IdpSettings, TenantIdpSettingsInput } from '#src/auth/idp-settings.schema';
import type { IdpDryRun } from '#src/plugins/idp-dry-run';
import { clientSecretInfo, dropClientSecrets, storeClientSecret } from '#src/auth/client-secrets';
import type { SecretBox } from '#src/auth/secret-box';
import type { ResolvedTenant } from '#src/tenancy/tenant-directory';
import { setCurrentTenantIdp } from './idp-settings.repository';
import type { IdpSettingsView } from './idp-settings.schemas';

/** What saving identity settings needs besides the unit of work. */
export interface IdpSettingsDeps {
  /** Seals a new client secret. */
  box: SecretBox;
  /** The registry cache every replica keeps: dropped once the change has committed. */
  directory: { invalidate(tenantId?: string): Promise<void> };
}

/** The tenant as the request resolved it: its id and its identity settings as the registry holds them. */
type RegisteredTenant = Pick<ResolvedTenant, 'id' | 'idp'>;

/** A replacement the dry run has passed: what to store, the secret to seal, and what it replaces. */
export interface CheckedIdpSettings {
  previous: Record<string, unknown>;
  stored: IdpSettings;
  clientSecret: string | undefined;
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

async function describe(ctx: TenantContext, stored: IdpSettings): Promise<IdpSettingsView> {
  const secret = stored.webClientId ? await clientSecretInfo(ctx.tx, stored.webClientId) : undefined;
  return toView(stored, secret);
}

/** Every stored field as stored, so that a PUT of this answer changes nothing. */
export function getIdpSettings(ctx: TenantContext, tenant: RegisteredTenant): Promise<IdpSettingsView> {
  if (!normalizeIdpSettings(tenant.idp)) throw notFound('This tenant has no identity provider configured');
  return describe(ctx, storedOf(tenant.idp));
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
  dryRun: IdpDryRun,
  tenant: RegisteredTenant,
  input: TenantIdpSettingsInput,
): Promise<IdpCheckResult> {
  const settings = storedOf(input as Record<string, unknown>);
  return dryRun.run(tenant.id, settings);
}

/**
 * The first half of a PUT, outside any transaction (it goes over the network): the replacement passes the dry
 * run against the new issuer, or nothing changes. A secret reference set by the platform survives as long as
 * the web client stays the same.
 */
export async function checkIdpReplacement(
  dryRun: IdpDryRun,
  tenant: RegisteredTenant,
  input: TenantIdpSettingsInput,
): Promise<CheckedIdpSettings> {
  const { clientSecret } = input;
  // Read-only parts of a GET answer sent back are ignored; only the editable fields are stored.
  const settings = storedOf(input as Record<string, unknown>);
  if (clientSecret && !settings.webClientId)
    throw badRequest('A client secret needs a webClientId', 'clientSecret');
  const result = await dryRun.run(tenant.id, settings);
  if (!result.ok) throw dryRunFailed(result);

  const previous = normalizeIdpSettings(tenant.idp);
  const keepRef = previous?.clientSecretRef && !clientSecret && previous.webClientId === settings.webClientId;
  const stored: IdpSettings = {
    ...settings,
    ...(keepRef ? { clientSecretRef: previous.clientSecretRef } : {}),
  };
  return { previous: tenant.idp, stored, clientSecret };
}

/**
 * The second half: stores checked settings, a new client secret sealed (or the old client's secrets dropped),
 * audited as `idp-settings.updated` and announced as `settings.updated`; every replica drops its cached
 * registry entry once the change has committed.
 */
export async function saveIdpSettings(
  uow: UnitOfWork,
  deps: IdpSettingsDeps,
  { previous, stored, clientSecret }: CheckedIdpSettings,
): Promise<IdpSettingsView> {
  // Saving what is stored already changes nothing: no write, no audit event, no cache churn.
  if (!clientSecret && isDeepStrictEqual(stored, storedOf(previous))) return describe(uow, stored);

  if (clientSecret) await storeClientSecret(uow.tx, deps.box, stored.webClientId!, clientSecret);
  else await dropClientSecrets(uow.tx, stored.webClientId);
  await setCurrentTenantIdp(uow.tx, stored, uow.user.sub, uow.requestId);
  uow.audit({
    action: 'idp-settings.updated',
    entity: 'idp-settings',
    entityId: uow.tenantId,
    before: previous,
    after: { ...stored, clientSecretReplaced: Boolean(clientSecret) },
  });
  // Identity settings are for admins only: the event says what changed, not how (the admin's page refetches).
  uow.emit({ type: 'settings.updated', payload: { section: 'idp' } });
  uow.afterCommit(() => deps.directory.invalidate(uow.tenantId));
  return describe(uow, stored);
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
