import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportJWK, generateKeyPair } from 'jose';
import { checkIdp } from './idp-check';

/** A fake issuer whose discovery document and JWKS each test sets. */
let server: Server;
let base = '';
let discovery: Record<string, unknown> = {};
let jwks: unknown = {};
let redirectDiscovery = false;

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === '/realms/x/.well-known/openid-configuration') {
      if (redirectDiscovery)
        return void response.writeHead(302, { location: 'http://169.254.169.254/' }).end();
      return void response
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify(discovery));
    }
    if (request.url === '/realms/x/certs') {
      return void response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(jwks));
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const issuer = () => `${base}/realms/x`;
const wellFormed = () => ({
  issuer: issuer(),
  jwks_uri: `${issuer()}/certs`,
  authorization_endpoint: `${issuer()}/auth`,
  token_endpoint: `${issuer()}/token`,
  code_challenge_methods_supported: ['plain', 'S256'],
});
const publicRsa = async () => ({
  ...(await exportJWK((await generateKeyPair('RS256')).publicKey)),
  kid: 'k1',
  use: 'sig',
});

describe('checkIdp (the dry run)', () => {
  it('passes for a provider with discovery, a matching issuer, an RSA signing key and the web-login endpoints', async () => {
    discovery = wellFormed();
    jwks = { keys: [await publicRsa()] };
    redirectDiscovery = false;
    const result = await checkIdp({ issuer: issuer(), webClientId: 'dispatch-web' }, { allowHttp: true });
    expect(result.ok).toBe(true);
    expect(result.checks.every((check) => check.ok)).toBe(true);
    expect(result.checks.at(-1)).toMatchObject({
      name: 'web-login',
      detail: expect.stringContaining('without RP-initiated logout'),
    });
  });

  it('requires https outside development', async () => {
    const result = await checkIdp({ issuer: issuer() }, { allowHttp: false });
    expect(result).toMatchObject({ ok: false, checks: [{ name: 'issuer-url', ok: false }] });
  });

  it('does not follow redirects from discovery', async () => {
    redirectDiscovery = true;
    const result = await checkIdp({ issuer: issuer() }, { allowHttp: true });
    redirectDiscovery = false;
    expect(result.checks.at(-1)).toMatchObject({
      name: 'discovery',
      ok: false,
      detail: expect.stringContaining('302'),
    });
  });

  it('refuses a JWKS with only symmetric, private or encryption keys', async () => {
    discovery = wellFormed();
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    jwks = {
      keys: [
        { kty: 'oct', k: 'c2VjcmV0', alg: 'HS256', kid: 'hmac' },
        { ...(await exportJWK(privateKey)), kid: 'leaked-private' },
        { ...(await publicRsa()), use: 'enc', kid: 'enc' },
      ],
    };
    const result = await checkIdp({ issuer: issuer() }, { allowHttp: true });
    expect(result).toMatchObject({ ok: false });
    expect(result.checks.at(-1)).toMatchObject({ name: 'signing-keys', ok: false });
  });

  it('refuses a provider without PKCE S256 when a web client is configured', async () => {
    discovery = { ...wellFormed(), code_challenge_methods_supported: ['plain'] };
    jwks = { keys: [await publicRsa()] };
    const result = await checkIdp({ issuer: issuer(), webClientId: 'web' }, { allowHttp: true });
    expect(result.checks.at(-1)).toMatchObject({ name: 'web-login', ok: false });
  });
});
