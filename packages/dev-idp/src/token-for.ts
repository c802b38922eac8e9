import { createHash, randomBytes } from 'node:crypto';
import { DEFAULT_PASSWORD } from './accounts';
import { ROUTES } from './provider';
import type { DevClient, DevTokens, DevUser, TokenForOptions } from './types';

const random = () => randomBytes(32).toString('base64url');

/** Minimal cookie jar: one realm, one flow, so names are unique enough and paths can be ignored. */
class CookieJar {
  readonly #cookies = new Map<string, string>();

  store(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (!value || /expires=Thu, 01 Jan 1970/i.test(line)) this.#cookies.delete(name);
      else this.#cookies.set(name, value);
    }
  }

  header(): string {
    return [...this.#cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

async function failure(step: string, res: Response): Promise<Error> {
  const body = (await res.text()).slice(0, 300);
  return new Error(`dev-idp tokenFor: ${step} answered ${res.status}: ${body}`);
}

export interface FlowInput {
  /** Where the realm is reachable from this process, e.g. http://127.0.0.1:4000/realms/acme */
  realmUrl: string;
  client: DevClient;
  user: DevUser;
  opts: TokenForOptions;
}

/**
 * A browser-less authorization-code + PKCE flow against our own server: authorize, sign in through
 * the HTML form, follow redirects to the (unserved) redirect URI, redeem the code.
 */
export async function authorizationCodeFlow({ realmUrl, client, user, opts }: FlowInput): Promise<DevTokens> {
  const redirectUri = client.redirectUris?.[0];
  if (!redirectUri) throw new Error(`dev-idp tokenFor: client ${client.clientId} has no redirect URI`);
  const jar = new CookieJar();
  const verifier = random();
  const state = random();

  const authorize = new URL(`${realmUrl}${ROUTES.authorization}`);
  authorize.search = new URLSearchParams({
    client_id: client.clientId,
    redirect_uri: redirectUri,
    response_type: 'code',
    scope: opts.scope ?? 'openid profile email',
    state,
    nonce: random(),
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
    ...(opts.mfa ? { acr_values: 'mfa' } : {}),
  }).toString();

  const start = await fetch(authorize, { redirect: 'manual' });
  jar.store(start);
  const interaction = start.headers.get('location');
  if (start.status !== 303 || !interaction) throw await failure('authorization request', start);

  let res = await fetch(new URL(`${interaction}/login`, authorize), {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.header() },
    body: new URLSearchParams({
      username: user.username,
      password: user.password ?? DEFAULT_PASSWORD,
      mfa: opts.mfa === undefined ? '' : opts.mfa ? '1' : '0',
    }),
  });

  let location = res.headers.get('location');
  for (let hops = 0; location && !location.startsWith(redirectUri) && hops < 5; hops++) {
    jar.store(res);
    res = await fetch(new URL(location, authorize), {
      redirect: 'manual',
      headers: { cookie: jar.header() },
    });
    location = res.headers.get('location');
  }
  if (!location?.startsWith(redirectUri)) throw await failure('sign-in', res);

  const callback = new URL(location).searchParams;
  const code = callback.get('code');
  if (!code || callback.get('state') !== state) {
    throw new Error(
      `dev-idp tokenFor: no code in callback: ${callback.get('error')} ${callback.get('error_description')}`,
    );
  }

  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
  const body = new URLSearchParams({
    grant_type: 'authorization_code',
    code,
    redirect_uri: redirectUri,
    code_verifier: verifier,
  });
  if (client.clientSecret) {
    const basic = `${encodeURIComponent(client.clientId)}:${encodeURIComponent(client.clientSecret)}`;
    headers.authorization = `Basic ${Buffer.from(basic).toString('base64')}`;
  } else {
    body.set('client_id', client.clientId);
  }
  const token = await fetch(`${realmUrl}${ROUTES.token}`, { method: 'POST', headers, body });
  if (!token.ok) throw await failure('token request', token);
  const json = (await token.json()) as { access_token: string; refresh_token?: string; id_token?: string };
  return { accessToken: json.access_token, refreshToken: json.refresh_token, idToken: json.id_token };
}
