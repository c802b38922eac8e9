import { Type, type Static } from 'typebox';

const Role = Type.Union([
  Type.Literal('admin'),
  Type.Literal('dispatcher'),
  Type.Literal('driver'),
  Type.Literal('viewer'),
]);
const ShortText = (max = 200) => Type.String({ minLength: 1, maxLength: max });
const ClaimPath = Type.String({ minLength: 1, maxLength: 200, pattern: '^[A-Za-z0-9_.:-]+$' });

/** Fields a tenant admin may set (identity.md). Secrets are never part of the stored object. */
const editableFields = {
  issuer: Type.String({ format: 'uri', maxLength: 500 }),
  jwksUri: Type.Optional(Type.String({ format: 'uri', maxLength: 500 })),
  apiAudience: Type.Optional(
    Type.Union([ShortText(), Type.Array(ShortText(), { minItems: 1, maxItems: 10 })]),
  ),
  webClientId: Type.Optional(ShortText()),
  rolesClaim: Type.Optional({
    ...ClaimPath,
    description: 'Default realm_access.roles; e.g. resource_access.dispatch-web.roles',
  }),
  roleMap: Type.Optional(
    Type.Record(Type.String({ minLength: 1, maxLength: 100 }), Role, { maxProperties: 50 }),
  ),
  regionClaim: Type.Optional(ClaimPath),
  mfa: Type.Optional(
    Type.Object(
      {
        roles: Type.Optional(Type.Array(Role, { maxItems: 4 })),
        acrValues: Type.Optional(Type.Array(ShortText(100), { maxItems: 20 })),
        amrValues: Type.Optional(Type.Array(ShortText(100), { maxItems: 20 })),
        exemptClients: Type.Optional(
          Type.Array(ShortText(200), {
            maxItems: 20,
            description:
              'Client ids (azp) of machine clients — client-credentials service accounts — that cannot present a second factor',
          }),
        ),
      },
      { additionalProperties: false },
    ),
  ),
};

/**
 * A reference instead of a stored secret, resolved from the API's environment at use. Limited to one
 * prefix so a reference can never name another secret of the process. Only platform admins set it.
 */
export const CLIENT_SECRET_REF_PATTERN = '^env:IDP_CLIENT_SECRET_[A-Z0-9_]{1,100}$';
const clientSecretRef = Type.Optional(Type.String({ pattern: CLIENT_SECRET_REF_PATTERN, maxLength: 130 }));

/** Write-only: stored encrypted, never returned. */
const clientSecret = Type.Optional(Type.String({ minLength: 1, maxLength: 500, writeOnly: true }));

/** The identity settings as stored in the tenant registry (`platform.tenants.idp`). */
export const IdpSettings = Type.Object(
  { ...editableFields, clientSecretRef },
  { additionalProperties: false },
);
export type IdpSettings = Static<typeof IdpSettings>;

/** What platform admins send when provisioning or patching a tenant. */
export const PlatformIdpSettingsInput = Type.Object(
  { ...editableFields, clientSecretRef, clientSecret },
  { additionalProperties: false },
);
export type PlatformIdpSettingsInput = Static<typeof PlatformIdpSettingsInput>;

/** Whether a client secret is set and where it comes from; never the secret itself. */
export const ClientSecretStatus = Type.Object(
  {
    set: Type.Boolean(),
    source: Type.Union([Type.Literal('stored'), Type.Literal('reference'), Type.Null()]),
    /** The environment reference a platform admin configured (`env:IDP_CLIENT_SECRET_…`), when that is the source. */
    reference: Type.Union([Type.String(), Type.Null()]),
    updatedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  },
  { additionalProperties: false },
);

/** The settings with every default filled in: what token validation and sign-in actually use. */
export const EffectiveIdpSettings = Type.Object(
  {
    issuer: Type.String(),
    jwksUri: Type.Union([Type.String(), Type.Null()]),
    apiAudience: Type.Array(Type.String()),
    webClientId: Type.Union([Type.String(), Type.Null()]),
    rolesClaim: Type.String(),
    roleMap: Type.Record(Type.String(), Role),
    regionClaim: Type.String(),
    mfa: Type.Object(
      {
        roles: Type.Array(Role),
        acrValues: Type.Array(Type.String()),
        amrValues: Type.Array(Type.String()),
        exemptClients: Type.Array(Type.String()),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);

/**
 * Read-only parts of `GET /api/settings/idp`. A PUT may send them back (so GET → PUT round-trips as is); they
 * are ignored, never stored.
 */
const readOnlyFields = {
  clientSecretStatus: Type.Optional({ ...ClientSecretStatus, readOnly: true }),
  effective: Type.Optional({ ...EffectiveIdpSettings, readOnly: true }),
};

/**
 * `GET /api/settings/idp`: every stored field exactly as stored (absent ones absent), plus the secret's status
 * and the effective settings. Sending it back with PUT changes nothing.
 */
export const IdpSettingsView = Type.Object(
  { ...editableFields, ...readOnlyFields },
  { additionalProperties: false },
);
export type IdpSettingsView = Static<typeof IdpSettingsView>;

/** What a tenant admin sends to `PUT /api/settings/idp`: no secret references, a secret only to set or replace it. */
export const TenantIdpSettingsInput = Type.Object(
  { ...editableFields, clientSecret, ...readOnlyFields },
  { additionalProperties: false },
);
export type TenantIdpSettingsInput = Static<typeof TenantIdpSettingsInput>;
