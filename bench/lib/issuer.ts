import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair, type JWTPayload } from 'jose';

/**
 * OIDC issuers for every benchmark tenant: `/realms/{name}` serves discovery and a JWKS, tokens are signed here.
 *
 * Why not `@dispatch/testkit`'s issuer server: it generates an RSA key per realm, and RSA-2048 key generation
 * takes ~170 ms on this machine, so 1,000 tenants would spend minutes generating keys. Here every realm is its
 * own issuer URL (its own discovery, JWKS fetch and key cache in the API, exactly as with distinct keys) but
 * shares one RS256 key pair: verification cost is the same, only the key material is reused.
 */
export interface BenchIssuers {
  url: string;
  issuerFor(realm: string): string;
  sign(realm: string, claims: JWTPayload, expiresIn?: string): Promise<string>;
  /** JWKS documents served so far (one per issuer and API key cache, if caching works). */
  jwksFetches(): number;
  close(): Promise<void>;
}

const KID = 'bench-rs256-1';
const REALM = /^\/realms\/([a-z0-9-]{1,80})(\/.*)$/;

export async function startBenchIssuers(): Promise<BenchIssuers> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const jwks = JSON.stringify({
    keys: [{ ...(await exportJWK(publicKey)), kid: KID, alg: 'RS256', use: 'sig' }],
  });
  let base = '';
  let fetches = 0;
  const server: Server = createServer((request, response) => {
    const match = REALM.exec(request.url ?? '');
    if (!match) return void response.writeHead(404).end();
    const issuer = `${base}/realms/${match[1]}`;
    if (match[2] === '/.well-known/openid-configuration') {
      response.writeHead(200, { 'content-type': 'application/json' });
      return void response.end(
        JSON.stringify({ issuer, jwks_uri: `${issuer}/protocol/openid-connect/certs` }),
      );
    }
    if (match[2] === '/protocol/openid-connect/certs') {
      fetches += 1;
      response.writeHead(200, { 'content-type': 'application/json' });
      return void response.end(jwks);
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const issuerFor = (realm: string) => `${base}/realms/${realm}`;
  return {
    url: base,
    issuerFor,
    sign: (realm, claims, expiresIn = '2h') =>
      new SignJWT({ ...claims })
        .setProtectedHeader({ alg: 'RS256', kid: KID, typ: 'JWT' })
        .setIssuer(issuerFor(realm))
        .setIssuedAt()
        .setExpirationTime(expiresIn)
        .sign(privateKey),
    jwksFetches: () => fetches,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
