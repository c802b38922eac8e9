import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportJWK, generateKeyPair } from 'jose';
import { checkIdp, type IdpCheckOptions } from './idp-check';
import { AddressPolicy } from './public-address';

/** A fake issuer whose discovery document and JWKS each test sets. */
let server: Server;
let base = '';
let discovery: Record<string, unknown> = {};
let jwks: unknown = {};
let redirectDiscovery: string | undefined;
let hits = 0;

beforeAll(async () => {
  server = createServer((request, response) => {
    hits += 1;
    if (request.url === '/slow/.well-known/openid-configuration') return; // never answers
    if (request.url === '/huge/.well-known/openid-configuration') {
      return void response
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ padding: 'x'.repeat(600 * 1024) }));
    }
    if (request.url === '/moved/.well-known/openid-configuration') {
      return void response.writeHead(301, { location: '/realms/x/.well-known/openid-configuration' }).end();
    }
    if (request.url === '/realms/x/.well-known/openid-configuration') {
      if (redirectDiscovery)
        return void response.writeHead(302, { location: redirectDiscovery }).end('internal body');
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
/** The fake issuer listens on 127.0.0.1, which only this allow-list (an on-premises IdP) makes reachable. */
const onPremises: IdpCheckOptions = { allowHttp: true, addresses: new AddressPolicy(['127.0.0.1/32']) };
const publicOnly: IdpCheckOptions = { allowHttp: true, addresses: new AddressPolicy([]) };
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
    redirectDiscovery = undefined;
    const result = await checkIdp({ issuer: issuer(), webClientId: 'dispatch-web' }, onPremises);
    expect(result.ok).toBe(true);
    expect(result.checks.every((check) => check.ok)).toBe(true);
    expect(result.checks.at(-1)).toMatchObject({
      name: 'web-login',
      detail: expect.stringContaining('without RP-initiated logout'),
    });
  });

  it('requires https outside development', async () => {
    const result = await checkIdp({ issuer: issuer() }, { ...onPremises, allowHttp: false });
    expect(result).toMatchObject({ ok: false, checks: [{ name: 'issuer-url', ok: false }] });
  });

  it('follows a redirect to a permitted address', async () => {
    discovery = wellFormed();
    jwks = { keys: [await publicRsa()] };
    const result = await checkIdp({ issuer: `${base}/moved`, jwksUri: `${issuer()}/certs` }, onPremises);
    // Discovery was found through the redirect; it names the real issuer, so the issuer check is what fails.
    expect(result.checks.find((check) => check.name === 'discovery')).toMatchObject({ ok: true });
    expect(result.checks.at(-1)).toMatchObject({ name: 'issuer-match', ok: false });
  });

  it.each([
    ['cloud metadata', 'http://169.254.169.254/latest/meta-data/'],
    ['a private address', 'http://10.0.0.7/realms/x/.well-known/openid-configuration'],
    ['a loopback address outside the allow-list', 'http://127.0.0.2:9/'],
    ['an IPv4-mapped IPv6 loopback', 'http://[::ffff:127.0.0.2]:9/'],
  ])('refuses a redirect to %s without revealing what answered', async (_, location) => {
    discovery = wellFormed();
    redirectDiscovery = location;
    const result = await checkIdp({ issuer: issuer() }, onPremises);
    redirectDiscovery = undefined;
    const failed = result.checks.at(-1)!;
    expect(failed).toMatchObject({ name: 'discovery', ok: false });
    expect(failed.detail).toContain('does not resolve to a public address');
    expect(failed.detail).not.toMatch(/302|internal body|ECONNREFUSED/);
  });

  it.each([
    ['127.0.0.1', () => issuer()],
    ['localhost (after DNS resolution)', () => issuer().replace('127.0.0.1', 'localhost')],
    ['::1', () => issuer().replace('127.0.0.1', '[::1]')],
    ['an IPv4-mapped IPv6 address', () => issuer().replace('127.0.0.1', '[::ffff:7f00:1]')],
    ['a private address', () => 'http://192.168.10.20/realms/x'],
    ['a CGNAT address', () => 'http://100.64.1.1/realms/x'],
    ['a unique-local IPv6 address', () => 'http://[fd12:3456::1]/realms/x'],
    ['the metadata address', () => 'http://169.254.169.254/realms/x'],
  ])('refuses an issuer at %s without connecting when no network is allowed', async (_, url) => {
    const before = hits;
    const result = await checkIdp({ issuer: url() }, publicOnly);
    expect(result.ok).toBe(false);
    expect(result.checks.at(-1)).toMatchObject({
      name: 'discovery',
      detail: expect.stringContaining('does not resolve to a public address'),
    });
    expect(hits).toBe(before);
  });

  it('keeps the metadata address refused even inside an allowed network', async () => {
    const wide: IdpCheckOptions = { allowHttp: true, addresses: new AddressPolicy(['169.254.0.0/16']) };
    const result = await checkIdp({ issuer: 'http://169.254.169.254/realms/x' }, wide);
    expect(result.checks.at(-1)!.detail).toContain('does not resolve to a public address');
  });

  it('refuses a JWKS at an internal address named by an otherwise good discovery document', async () => {
    discovery = { ...wellFormed(), jwks_uri: 'http://10.1.2.3/certs' };
    const result = await checkIdp({ issuer: issuer() }, onPremises);
    expect(result.checks.at(-1)).toMatchObject({
      name: 'jwks',
      ok: false,
      detail: expect.stringContaining('does not resolve to a public address'),
    });
  });

  it('gives up on a slow provider and on an oversized document', async () => {
    const slow = await checkIdp({ issuer: `${base}/slow` }, { ...onPremises, timeoutMs: 200 });
    expect(slow.checks.at(-1)!.detail).toContain('gave no answer within 200 ms');
    const huge = await checkIdp({ issuer: `${base}/huge` }, onPremises);
    expect(huge.checks.at(-1)!.detail).toContain('more than 524288 bytes');
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
    const result = await checkIdp({ issuer: issuer() }, onPremises);
    expect(result).toMatchObject({ ok: false });
    expect(result.checks.at(-1)).toMatchObject({ name: 'signing-keys', ok: false });
  });

  it('refuses a provider without PKCE S256 when a web client is configured', async () => {
    discovery = { ...wellFormed(), code_challenge_methods_supported: ['plain'] };
    jwks = { keys: [await publicRsa()] };
    const result = await checkIdp({ issuer: issuer(), webClientId: 'web' }, onPremises);
    expect(result.checks.at(-1)).toMatchObject({ name: 'web-login', ok: false });
  });
});
