/**
 * Every value the secret box seals into Postgres, with the context (AAD) it is bound to. The API seals them;
 * `dispatch-admin secrets reseal` walks them. A new sealed column belongs here, or rotation leaves it behind.
 */
export const SEALED_STORES = ['platform.tenant_idp_secrets'] as const;
export type SealedStore = (typeof SEALED_STORES)[number];

/** The context a tenant's web-client secret is sealed in: moved to another tenant or client, it does not open. */
export const idpClientSecretContext = (tenantId: string, clientId: string) =>
  `idp-client-secret:${tenantId}:${clientId}`;
