import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleAdmin } from './admin';
import { sendJson } from './http-util';
import { generateSigningKey } from './keys';
import { TEST_CLIENT } from './provider';
import { createRealmRuntime, routeRequest, type RealmRuntime } from './realm-runtime';
import { authorizationCodeFlow } from './token-for';
import type { DevIdp, DevIdpKeys, StartDevIdpOptions } from './types';

function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

async function listen(server: Server, port: number, host: string): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return (server.address() as AddressInfo).port;
}

function close(server: Server): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.close((err) => (err ? reject(err) : resolve()));
    server.closeAllConnections();
  });
}

/** Starts one HTTP server serving every realm at `/realms/{realm}`, like Keycloak. */
export async function startDevIdp(opts: StartDevIdpOptions): Promise<DevIdp> {
  const host = opts.host ?? '127.0.0.1';
  const runtimes = new Map<string, RealmRuntime>();
  // Set once started; a request arriving earlier finds no admin endpoint yet.
  const started: { idp?: DevIdp } = {};
  const server = createServer((req, res) => {
    // No keep-alive: a test may close and restart the IdP on the same port, and a client's pooled
    // socket to the old server would then fail its next request ("other side closed").
    res.setHeader('connection', 'close');
    const admin = opts.admin && started.idp && req.url?.split('?')[0] === '/admin/realms';
    (admin ? handleAdmin(opts.admin!, started.idp!, req, res) : routeRequest(runtimes, req, res)).catch(
      () => {
        if (!res.headersSent) sendJson(res, 500, { error: 'server_error' });
        else res.destroy();
      },
    );
  });
  // Listen first: with port 0 the issuers depend on the port we get.
  const port = await listen(server, opts.port ?? 0, host);
  const localUrl = `http://${urlHost(host)}:${port}`;
  const url = (opts.publicUrl ?? localUrl).replace(/\/+$/, '');
  const issuer = (realm: string) => `${url}/realms/${realm}`;

  let keys: DevIdpKeys;
  try {
    // RSA key generation is the slow part of starting; run it in parallel.
    keys = Object.fromEntries(
      await Promise.all(
        opts.realms.map(async (r) => [r.name, opts.keys?.[r.name] ?? [await generateSigningKey()]] as const),
      ),
    );
    for (const realm of opts.realms) {
      runtimes.set(realm.name, createRealmRuntime(realm, issuer(realm.name), keys[realm.name] ?? []));
    }
  } catch (err) {
    await close(server);
    throw err;
  }

  const idp: DevIdp = {
    url,
    issuer,
    getKeys: () => structuredClone(keys),
    async addRealm(realm) {
      if (runtimes.has(realm.name)) return { issuer: issuer(realm.name), added: false };
      const realmKeys = opts.keys?.[realm.name] ?? [await generateSigningKey()];
      keys[realm.name] = realmKeys;
      runtimes.set(realm.name, createRealmRuntime(realm, issuer(realm.name), realmKeys));
      return { issuer: issuer(realm.name), added: true };
    },
    async tokenFor(realmName, username, tokenOpts = {}) {
      const realm = runtimes.get(realmName)?.realm;
      if (!realm) throw new Error(`dev-idp: unknown realm ${realmName}`);
      const user = realm.users.find((u) => u.username.toLowerCase() === username.toLowerCase());
      if (!user) throw new Error(`dev-idp: no user ${username} in realm ${realmName}`);
      const clientId = tokenOpts.clientId ?? TEST_CLIENT.clientId;
      const client = [...realm.clients, TEST_CLIENT].find((c) => c.clientId === clientId);
      if (!client) throw new Error(`dev-idp: no client ${clientId} in realm ${realmName}`);
      const realmUrl = `${localUrl}/realms/${realm.name}`;
      return authorizationCodeFlow({ realmUrl, client, user, opts: tokenOpts });
    },
    close: () => close(server),
  };
  started.idp = idp;
  return idp;
}
