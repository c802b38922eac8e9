import type { IncomingMessage, ServerResponse } from 'node:http';
import type { JWK } from 'jose';
import { accountDirectory } from './accounts';
import { RealmStore } from './adapter';
import { sendJson } from './http-util';
import { handleInteraction } from './interaction';
import { createRealmProvider, ROUTES } from './provider';
import type { DevRealm } from './types';
import { userinfoHandler } from './userinfo';

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

export interface RealmRuntime {
  realm: DevRealm;
  interaction: (req: IncomingMessage, res: ServerResponse, uid: string, isLogin: boolean) => Promise<void>;
  userinfo: Handler;
  provider: Handler;
}

const INTERACTION = /^\/interaction\/([\w-]+)(\/login)?$/;

export function createRealmRuntime(realm: DevRealm, issuer: string, keys: JWK[]): RealmRuntime {
  const accounts = accountDirectory(realm);
  const provider = createRealmProvider({ realm, issuer, keys, accounts, store: new RealmStore() });
  return {
    realm,
    interaction: (req, res, uid, isLogin) =>
      handleInteraction({ realm, provider, accounts }, req, res, uid, isLogin),
    userinfo: userinfoHandler(realm.name, issuer, keys, accounts),
    provider: provider.callback(),
  };
}

/** Dispatches `/realms/{realm}/…` to the realm's sign-in pages, userinfo or oidc-provider. */
export async function routeRequest(
  runtimes: ReadonlyMap<string, RealmRuntime>,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  // Work on the raw URL: the provider finds its mount path by locating `req.url` in `originalUrl`,
  // so the rewritten URL must be an exact substring of it (no re-encoding by a URL parser).
  const raw = req.url ?? '/';
  const match = /^\/realms\/([^/?]+)(\/[^?]*)?(\?.*)?$/.exec(raw);
  if (!match) {
    if (raw.split('?')[0] === '/') return sendJson(res, 200, { realms: [...runtimes.keys()] });
    return sendJson(res, 404, { error: 'Not found' });
  }
  const [, realmSegment = '', path = '/', query = ''] = match;
  const runtime = runtimes.get(decodeURIComponent(realmSegment));
  // Keycloak's answer for an unknown realm.
  if (!runtime) return sendJson(res, 404, { error: 'Realm does not exist' });

  const interaction = INTERACTION.exec(path);
  if (interaction) return runtime.interaction(req, res, interaction[1] ?? '', Boolean(interaction[2]));
  if (path === ROUTES.userinfo) return runtime.userinfo(req, res);

  // Mounted like oidc-provider's express example: the provider sees the path below the issuer.
  (req as IncomingMessage & { originalUrl?: string }).originalUrl = raw;
  req.url = `${path}${query}`;
  return runtime.provider(req, res);
}
