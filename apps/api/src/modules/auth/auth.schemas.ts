import { Type, type Static } from 'typebox';

export const LoginQuery = Type.Object(
  {
    returnTo: Type.Optional(
      Type.String({
        maxLength: 512,
        description: 'Path on this host to return to after sign-in (plain ASCII; anything else returns home)',
      }),
    ),
  },
  { additionalProperties: false },
);

/** What the identity provider appends to the redirect URI (success or error), plus Keycloak's extras. */
export const CallbackQuery = Type.Object(
  {
    code: Type.Optional(Type.String({ maxLength: 4096 })),
    state: Type.Optional(Type.String({ maxLength: 512 })),
    session_state: Type.Optional(Type.String({ maxLength: 512 })),
    iss: Type.Optional(Type.String({ maxLength: 500 })),
    error: Type.Optional(Type.String({ maxLength: 200 })),
    error_description: Type.Optional(Type.String({ maxLength: 2000 })),
    error_uri: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  // Providers may add parameters of their own; they are passed on to the code exchange untouched.
  { additionalProperties: Type.String({ maxLength: 2000 }) },
);
export type CallbackQuery = Static<typeof CallbackQuery>;

export const LogoutResponse = Type.Object({
  /** Where the browser goes next to end the identity provider's session too (RP-initiated logout). */
  logoutUrl: Type.String(),
});

export const Me = Type.Object({
  user: Type.Object({
    sub: Type.String(),
    name: Type.String(),
    email: Type.Union([Type.String(), Type.Null()]),
  }),
  roles: Type.Array(Type.String()),
  region: Type.Union([Type.String(), Type.Null()]),
  tenant: Type.Object({ id: Type.String(), slug: Type.String(), name: Type.String(), tier: Type.String() }),
});
export type MeDto = Static<typeof Me>;

export const PlatformMe = Type.Object({
  user: Type.Object({ sub: Type.String(), name: Type.String() }),
});
