import { Type, type Static } from 'typebox';
import { TENANT_TIERS } from '@dispatch/db';
import { Page, PageQuery } from '#src/http/common.schemas';
import { PlatformIdpSettingsInput } from '#src/auth/idp-settings.schema';
import { MAX_LIMIT } from '#src/rate-limits/policy';

const Tier = Type.Union(TENANT_TIERS.map((tier) => Type.Literal(tier)));
const ShortText = (max = 200) => Type.String({ minLength: 1, maxLength: max });

/** Identity-provider settings (identity.md); a `clientSecret` in them is sealed apart and never stored here. */
export const IdpSettings = PlatformIdpSettingsInput;

export const TenantCreateBody = Type.Object(
  {
    slug: Type.String({ maxLength: 100, description: 'Subdomain: lowercase DNS label, 3–63 characters' }),
    name: ShortText(),
    tier: Tier,
    idp: Type.Optional(IdpSettings),
    settings: Type.Optional(
      Type.Record(Type.String({ maxLength: 100 }), Type.Unknown(), { maxProperties: 100 }),
    ),
  },
  { additionalProperties: false },
);
export type TenantCreateBody = Static<typeof TenantCreateBody>;

const LimitValue = Type.Integer({ minimum: 1, maximum: MAX_LIMIT });
export const RateLimitOverrides = Type.Object(
  { user: Type.Optional(LimitValue), tenant: Type.Optional(LimitValue), reports: Type.Optional(LimitValue) },
  { additionalProperties: false, minProperties: 1 },
);

export const TenantPatchBody = Type.Object(
  {
    status: Type.Optional(
      Type.Union([Type.Literal('trial'), Type.Literal('active'), Type.Literal('suspended')]),
    ),
    tier: Type.Optional(Tier),
    name: Type.Optional(ShortText()),
    idp: Type.Optional(IdpSettings),
    rateLimits: Type.Optional(
      Type.Union([RateLimitOverrides, Type.Null()], {
        description:
          "The tenant's own request limits per window (user, tenant, reports), over its tier's defaults; null clears them",
      }),
    ),
    skipIdpCheck: Type.Optional(
      Type.Boolean({
        description:
          'Store new identity settings without the dry run, for an IdP that is not reachable yet. Recorded in the platform audit log.',
      }),
    ),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type TenantPatchBody = Static<typeof TenantPatchBody>;

export const TenantSchema = Type.Object({
  id: Type.String(),
  slug: Type.String(),
  name: Type.String(),
  schema: Type.String(),
  status: Type.String(),
  tier: Type.String(),
  idp: Type.Record(Type.String(), Type.Unknown()),
  rateLimits: Type.Union([Type.Record(Type.String(), Type.Integer()), Type.Null()], {
    description: "The tenant's own request limits over its tier's defaults, if any",
  }),
  templateVersion: Type.Union([Type.String(), Type.Null()]),
  exportLocation: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
  deletedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});
export type TenantDto = Static<typeof TenantSchema>;

export const TenantListQuery = Type.Object(
  { ...PageQuery, includeDeleted: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
);
export const TenantPage = Page(TenantSchema);

export const MigrationStatus = Type.Object({
  latestVersion: Type.Union([Type.String(), Type.Null()]),
  tenants: Type.Array(
    Type.Object({
      tenantId: Type.String(),
      slug: Type.String(),
      version: Type.Union([Type.String(), Type.Null()]),
      pending: Type.Integer(),
    }),
  ),
  lastRun: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()]),
});

export const MigrationRunBody = Type.Object(
  { tenant: Type.Optional(Type.String({ maxLength: 63 })) },
  { additionalProperties: false },
);
