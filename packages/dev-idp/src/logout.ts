import type { KoaContextWithOIDC, Session } from 'oidc-provider';
import type { RealmStore } from './adapter';

type Middleware = (ctx: KoaContextWithOIDC, next: () => Promise<void>) => Promise<void>;
type Authorizations = Session['authorizations'];

/** The session to end: the cookie's, or else the one the hint's `sid` belongs to (Keycloak does the same). */
function sessionToEnd(oidc: KoaContextWithOIDC['oidc'], store: RealmStore) {
  if (oidc.session?.accountId) return { id: oidc.session.jti, authorizations: oidc.session.authorizations };
  const sid = oidc.entities.IdTokenHint?.payload.sid;
  const found = typeof sid === 'string' ? store.sessionBySid(sid) : undefined;
  return found && { id: found.id, authorizations: found.payload.authorizations as Authorizations };
}

/**
 * Keycloak ends the session without a confirmation page when the logout request carries a valid
 * `id_token_hint`; oidc-provider always renders one (or an auto-submitting form when there is no
 * session cookie). This post-middleware finishes such requests itself: it ends the session,
 * revokes its grants and redirects to the already validated `post_logout_redirect_uri`.
 * Requests without a hint keep the confirmation form, as in Keycloak.
 */
export function autoConfirmLogout(store: RealmStore): Middleware {
  return async (ctx, next) => {
    await next();
    const { oidc } = ctx;
    if (oidc?.route !== 'end_session' || ctx.status !== 200 || !oidc.entities.IdTokenHint) return;
    const { provider } = oidc;
    const params = oidc.params ?? {};

    const session = sessionToEnd(oidc, store);
    if (session) {
      const grantIds = Object.values(session.authorizations ?? {}).flatMap((a) =>
        a.grantId ? [a.grantId] : [],
      );
      await Promise.all(
        grantIds.flatMap((grantId) => [
          provider.AccessToken.revokeByGrantId(grantId),
          provider.RefreshToken.revokeByGrantId(grantId),
          provider.AuthorizationCode.revokeByGrantId(grantId),
          provider.Grant.find(grantId).then((grant) => grant?.destroy()),
        ]),
      );
      await provider.Session.adapter.destroy(session.id);
    }
    // Replaces the session cookie the session middleware has just re-issued.
    ctx.cookies.set(provider.cookieName('session'), null, { path: `${new URL(oidc.issuer).pathname}/` });

    const postLogout = params.post_logout_redirect_uri;
    const location = new URL(
      typeof postLogout === 'string' ? postLogout : oidc.urlFor('end_session_success'),
    );
    if (typeof postLogout === 'string' && typeof params.state === 'string')
      location.searchParams.set('state', params.state);
    ctx.status = 302;
    ctx.redirect(location.href);
  };
}
