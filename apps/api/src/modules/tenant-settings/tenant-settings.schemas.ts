import { Type, type Static } from 'typebox';

/** Thresholds of the board's exception lists (the web app reads them, so every tenant role may). */
const exceptionFields = {
  urgentWaitingMinutes: Type.Integer({
    minimum: 1,
    maximum: 1440,
    description: 'An urgent request queued longer than this is flagged (default 10)',
  }),
  dispatchedNotEnRouteMinutes: Type.Integer({
    minimum: 1,
    maximum: 1440,
    description: 'An assignment dispatched but not en route after this long is flagged (default 15)',
  }),
  qualificationExpiringDays: Type.Integer({
    minimum: 0,
    maximum: 365,
    description: 'A driver qualification expiring within this many days is flagged (default 7)',
  }),
};

const Timezone = Type.String({
  minLength: 1,
  maxLength: 64,
  pattern: '^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$',
  description: 'IANA time zone name such as Europe/Berlin (default UTC)',
});

/** `GET /api/settings`: every setting, defaults filled in. */
export const TenantSettings = Type.Object(
  {
    exceptions: Type.Object(exceptionFields, { additionalProperties: false }),
    timezone: Timezone,
  },
  { additionalProperties: false },
);
export type TenantSettings = Static<typeof TenantSettings>;

/** `PUT /api/settings`: replaces the settings; an omitted one returns to its default. */
export const TenantSettingsInput = Type.Object(
  {
    exceptions: Type.Optional(
      Type.Object(
        {
          urgentWaitingMinutes: Type.Optional(exceptionFields.urgentWaitingMinutes),
          dispatchedNotEnRouteMinutes: Type.Optional(exceptionFields.dispatchedNotEnRouteMinutes),
          qualificationExpiringDays: Type.Optional(exceptionFields.qualificationExpiringDays),
        },
        { additionalProperties: false },
      ),
    ),
    timezone: Type.Optional(Timezone),
  },
  { additionalProperties: false },
);
export type TenantSettingsInput = Static<typeof TenantSettingsInput>;
