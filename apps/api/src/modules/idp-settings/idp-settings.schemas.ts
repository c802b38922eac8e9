import { Type, type Static } from 'typebox';
import { IdpSettings } from '../../auth/idp-settings.schema';

const Role = Type.Union([
  Type.Literal('admin'),
  Type.Literal('dispatcher'),
  Type.Literal('driver'),
  Type.Literal('viewer'),
]);

/** The tenant's effective identity settings (defaults filled in). The client secret is only ever described. */
export const IdpSettingsView = Type.Object({
  issuer: Type.String(),
  jwksUri: Type.Union([Type.String(), Type.Null()]),
  apiAudience: Type.Array(Type.String()),
  webClientId: Type.Union([Type.String(), Type.Null()]),
  rolesClaim: Type.String(),
  roleMap: Type.Record(Type.String(), Role),
  regionClaim: Type.String(),
  mfa: Type.Object({
    roles: Type.Array(Role),
    acrValues: Type.Array(Type.String()),
    amrValues: Type.Array(Type.String()),
  }),
  clientSecret: Type.Object({
    set: Type.Boolean(),
    source: Type.Union([Type.Literal('stored'), Type.Literal('reference'), Type.Null()]),
    updatedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  }),
});
export type IdpSettingsView = Static<typeof IdpSettingsView>;

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
