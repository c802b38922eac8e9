import type { IncomingMessage, ServerResponse } from 'node:http';
import { readText, sendJson } from './http-util';
import type { DevIdp, StartDevIdpOptions } from './types';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * `POST /admin/realms` `{"slug":"…"}`: adds `dispatch-<slug>` to the running IdP, so a tenant provisioned in
 * development can sign in without a restart. Loopback only; development only (the dev IdP never ships).
 */
export async function handleAdmin(
  admin: NonNullable<StartDevIdpOptions['admin']>,
  idp: Pick<DevIdp, 'addRealm'>,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  if (!LOOPBACK.has(req.socket.remoteAddress ?? '')) return sendJson(res, 403, { error: 'loopback only' });
  if (req.method !== 'POST') return sendJson(res, 405, { error: 'POST {"slug":"…"}' });
  let slug: unknown;
  try {
    slug = (JSON.parse(await readText(req)) as { slug?: unknown }).slug;
  } catch {
    return sendJson(res, 400, { error: 'body must be JSON: {"slug":"…"}' });
  }
  if (typeof slug !== 'string' || !SLUG.test(slug)) {
    return sendJson(res, 400, { error: 'slug must be lowercase letters, digits and dashes' });
  }
  const realm = admin.realmFor(slug);
  const { issuer, added } = await idp.addRealm(realm);
  if (added) await admin.onRealmAdded?.(realm);
  return sendJson(res, added ? 201 : 200, { realm: realm.name, issuer, added });
}
