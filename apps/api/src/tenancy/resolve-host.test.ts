import { describe, expect, it } from 'vitest';
import { resolveHost } from './resolve-host';

describe('resolveHost', () => {
  it.each([
    ['acme.dispatch.test', { kind: 'tenant', slug: 'acme' }],
    ['ACME.dispatch.test:8443', { kind: 'tenant', slug: 'acme' }],
    ['dispatch.test', { kind: 'shared' }],
    ['api.dispatch.test', { kind: 'shared' }],
    ['platform.dispatch.test:3000', { kind: 'platform' }],
    ['a.b.dispatch.test', { kind: 'unknown' }],
    ['evil.com', { kind: 'unknown' }],
    ['acmedispatch.test', { kind: 'unknown' }],
    [undefined, { kind: 'unknown' }],
  ])('reads %s', (host, expected) => {
    expect(resolveHost(host, 'dispatch.test')).toEqual(expected);
  });
});
