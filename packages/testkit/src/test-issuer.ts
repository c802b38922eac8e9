import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair, type JWK, type JWTPayload } from 'jose';

/**
 * An OIDC issuer whose keys the test generates: discovery + JWKS over real HTTP, tokens signed locally.
 * Used where a test needs full control of claims and keys (expired, wrong audience, rotated kid...).
 * Several issuers share one server at /realms/{name}. `setDown(true)` makes it answer 503.
 */
export interface TestIssuer {
  issuer: string;
  jwksUri: string;
  publicJwk: JWK;
  sign(
    claims: JWTPayload,
    options?: { expiresIn?: string | number; notBefore?: string | number; kid?: string; alg?: string },
  ): Promise<string>;
  /** Replaces the signing key (new kid) and publishes only the new one. */
  rotate(): Promise<void>;
  setDown(down: boolean): void;
  jwksFetches(): number;
  discoveryFetches(): number;
}

export interface TestIssuerServer {
  url: string;
  issuer(name: string): Promise<TestIssuer>;
  close(): Promise<void>;
}

interface Realm {
  keys: Awaited<ReturnType<typeof newKey>>;
  down: boolean;
  fetches: number;
  discoveries: number;
}

async function newKey(kid: string) {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  return { privateKey, jwk };
}

export async function startTestIssuerServer(): Promise<TestIssuerServer> {
  const realms = new Map<string, Realm>();
  let base = '';
  const server: Server = createServer((request, response) => {
    const match = /^\/realms\/([^/]+)(\/.*)$/.exec(request.url ?? '');
    const realm = match ? realms.get(match[1]!) : undefined;
    if (!match || !realm) return void response.writeHead(404).end();
    if (realm.down) return void response.writeHead(503).end();
    const issuer = `${base}/realms/${match[1]}`;
    response.setHeader('content-type', 'application/json');
    if (match[2] === '/.well-known/openid-configuration') {
      realm.discoveries += 1;
      return void response.end(
        JSON.stringify({ issuer, jwks_uri: `${issuer}/protocol/openid-connect/certs` }),
      );
    }
    if (match[2] === '/protocol/openid-connect/certs') {
      realm.fetches += 1;
      return void response.end(JSON.stringify({ keys: [realm.keys.jwk] }));
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: base,
    async issuer(name) {
      const realm: Realm = { keys: await newKey(`${name}-1`), down: false, fetches: 0, discoveries: 0 };
      realms.set(name, realm);
      const issuer = `${base}/realms/${name}`;
      let generation = 1;
      return {
        issuer,
        jwksUri: `${issuer}/protocol/openid-connect/certs`,
        get publicJwk() {
          return realm.keys.jwk;
        },
        async sign(claims, options = {}) {
          const jwt = new SignJWT({ ...claims })
            .setProtectedHeader({
              alg: options.alg ?? 'RS256',
              kid: options.kid ?? realm.keys.jwk.kid!,
              typ: 'JWT',
            })
            .setIssuer(typeof claims.iss === 'string' ? claims.iss : issuer)
            // A test may stamp its own iat (issued in the future, or long ago); otherwise now.
            .setIssuedAt(typeof claims.iat === 'number' ? claims.iat : undefined)
            .setExpirationTime(options.expiresIn ?? '5m');
          if (options.notBefore !== undefined) jwt.setNotBefore(options.notBefore);
          return jwt.sign(realm.keys.privateKey);
        },
        async rotate() {
          generation += 1;
          realm.keys = await newKey(`${name}-${generation}`);
        },
        setDown(down) {
          realm.down = down;
        },
        jwksFetches: () => realm.fetches,
        discoveryFetches: () => realm.discoveries,
      };
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
