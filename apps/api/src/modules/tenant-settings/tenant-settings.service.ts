import { isDeepStrictEqual } from 'node:util';
import { badRequest } from '#src/kernel/problems';
import type { TenantContext } from '#src/kernel/tenant-context';
import type { UnitOfWork } from '#src/kernel/unit-of-work';
import * as repository from './tenant-settings.repository';
import type { TenantSettings, TenantSettingsInput } from './tenant-settings.schemas';

export const DEFAULT_TENANT_SETTINGS: TenantSettings = {
  exceptions: { urgentWaitingMinutes: 10, dispatchedNotEnRouteMinutes: 15, qualificationExpiringDays: 7 },
  timezone: 'UTC',
};

/** The canonical IANA name (`utc` → `UTC`), or undefined for a name the runtime does not know. */
export function canonicalTimezone(name: string): string | undefined {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

const wholeIn = (value: unknown, min: number, max: number): value is number =>
  Number.isInteger(value) && (value as number) >= min && (value as number) <= max;

/**
 * What is stored, defaults filled in. The registry's settings may also hold keys set at provisioning, or
 * values written before this schema; anything not valid here reads as its default.
 */
function effective(stored: Record<string, unknown>): TenantSettings {
  const raw = (stored.exceptions ?? {}) as Record<string, unknown>;
  const defaults = DEFAULT_TENANT_SETTINGS.exceptions;
  const pick = (key: keyof typeof defaults, min: number, max: number) =>
    wholeIn(raw[key], min, max) ? raw[key] : defaults[key];
  const timezone = typeof stored.timezone === 'string' ? canonicalTimezone(stored.timezone) : undefined;
  return {
    exceptions: {
      urgentWaitingMinutes: pick('urgentWaitingMinutes', 1, 1440),
      dispatchedNotEnRouteMinutes: pick('dispatchedNotEnRouteMinutes', 1, 1440),
      qualificationExpiringDays: pick('qualificationExpiringDays', 0, 365),
    },
    timezone: timezone ?? DEFAULT_TENANT_SETTINGS.timezone,
  };
}

export async function getSettings(ctx: TenantContext): Promise<TenantSettings> {
  return effective(await repository.currentTenantSettings(ctx.tx));
}

/**
 * Replaces the settings (omitted ones return to their defaults), audited and announced to every open board
 * (`settings.updated`, whose exception lists use the thresholds); saving what is stored writes nothing.
 */
export async function updateSettings(uow: UnitOfWork, input: TenantSettingsInput): Promise<TenantSettings> {
  const timezone = canonicalTimezone(input.timezone ?? DEFAULT_TENANT_SETTINGS.timezone);
  if (!timezone) throw badRequest('timezone is not an IANA time zone name', 'timezone');
  const next: TenantSettings = {
    exceptions: { ...DEFAULT_TENANT_SETTINGS.exceptions, ...input.exceptions },
    timezone,
  };
  const stored = await repository.currentTenantSettings(uow.tx);
  const before = effective(stored);
  const unchanged =
    isDeepStrictEqual(stored.exceptions, next.exceptions) && stored.timezone === next.timezone;
  if (unchanged) return next;
  await repository.setCurrentTenantSettings(uow.tx, next, uow.user.sub, uow.requestId);
  uow.audit({ action: 'settings.updated', entity: 'settings', entityId: uow.tenantId, before, after: next });
  uow.emit({ type: 'settings.updated', payload: { section: 'tenant', settings: next } });
  return next;
}
