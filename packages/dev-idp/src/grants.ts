import type { Grant, KoaContextWithOIDC } from 'oidc-provider';

/**
 * `loadExistingGrant` for first-party dev clients: consent is implied, so the grant is topped up
 * with whatever the request asks for and the consent prompt never appears.
 */
export async function grantEverythingRequested(ctx: KoaContextWithOIDC): Promise<Grant> {
  const { oidc } = ctx;
  const clientId = oidc.client!.clientId;
  const accountId = oidc.account!.accountId;
  const grantId = oidc.result?.consent?.grantId ?? oidc.session!.grantIdFor(clientId);
  const existing = grantId ? await oidc.provider.Grant.find(grantId) : undefined;
  const grant =
    existing && existing.accountId === accountId
      ? existing
      : new oidc.provider.Grant({ accountId, clientId });

  grant.addOIDCScope([...oidc.requestParamOIDCScopes]);
  grant.addOIDCClaims([...oidc.requestParamClaims]);
  for (const [indicator, server] of Object.entries(oidc.resourceServers ?? {})) {
    const scopes = [...oidc.requestParamScopes].filter((s) => server.scopes.has(s));
    grant.addResourceScope(indicator, scopes);
  }
  await grant.save();
  return grant;
}
