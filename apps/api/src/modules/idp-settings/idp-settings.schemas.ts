import { Type } from 'typebox';
import { IdpSettings, IdpSettingsView } from '#src/auth/idp-settings.schema';

export { IdpSettingsView };

export const IdpCheckResult = Type.Object({
  ok: Type.Boolean(),
  issuer: Type.String(),
  checks: Type.Array(Type.Object({ name: Type.String(), ok: Type.Boolean(), detail: Type.String() })),
});

/** Optional candidate settings for the platform check; without a body (or `{}`) the stored settings are checked. */
export const PlatformIdpCheckBody = Type.Union([
  IdpSettings,
  Type.Object({}, { additionalProperties: false }),
]);
