import type { IdpSettings } from '#src/auth/idp-settings.schema';

/**
 * The identity settings of a demo tenant wired to the dev identity provider (`@dispatch/dev-idp`, realms
 * `dispatch-<slug>`): its public `dispatch-web` client, API audience `dispatch-api`, and Keycloak defaults for
 * everything else (realm roles `dispatch-*`, `region` claim, MFA for admin and dispatcher via acr `mfa` /
 * amr `otp`). For `acme` on an IdP at http://127.0.0.1:4000 this is
 * `{ "issuer": "http://127.0.0.1:4000/realms/dispatch-acme", "apiAudience": "dispatch-api", "webClientId": "dispatch-web" }`.
 */
export function demoTenantIdpSettings(options: { idpUrl: string; slug: string }): IdpSettings {
  return {
    issuer: `${options.idpUrl.replace(/\/+$/, '')}/realms/dispatch-${options.slug}`,
    apiAudience: 'dispatch-api',
    webClientId: 'dispatch-web',
  };
}
