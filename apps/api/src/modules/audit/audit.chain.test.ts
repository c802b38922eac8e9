import { describe, expect, it } from 'vitest';
import { canonicalJson, chainHash, contentDigest, v2LinkHash } from './audit.chain';

describe('canonical JSON', () => {
  it('sorts keys at every depth and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: undefined, x: null }], c: 'é' } })).toBe(
      '{"a":{"c":"é","d":[1,{"x":null,"z":1}]},"b":1}',
    );
  });

  it('gives the same text whatever order the keys were written in', () => {
    expect(canonicalJson({ a: 1, b: [2, 3] })).toBe(canonicalJson({ b: [2, 3], a: 1 }));
  });

  it('writes what a JSON round trip keeps: the text of a value equals the text of its stored form', () => {
    const value = {
      at: new Date('2026-11-29T23:00:00.000Z'),
      list: [1, undefined, () => 1, Number.NaN, -0, 1e21, { toJSON: () => 'custom' }],
      nested: { z: [new Date(0)], skipped: undefined, fn: () => 2, é: '\u2028"\\', '': null },
      infinite: Number.POSITIVE_INFINITY,
      flag: false,
    };
    const stored = JSON.parse(JSON.stringify(value)) as unknown;
    expect(canonicalJson(value)).toBe(canonicalJson(stored));
    expect(JSON.parse(canonicalJson(value))).toEqual(stored);
    expect(canonicalJson(undefined)).toBe('null');
    expect(() => canonicalJson({ big: 1n })).toThrow(TypeError);
  });
});

describe('chain hash', () => {
  const event = {
    tenantId: '00000000-0000-4000-8000-000000000001',
    seq: 1,
    id: '00000000-0000-4000-8000-000000000002',
    at: new Date('2026-01-01T00:00:00.000Z'),
    actorSub: 'u',
    actorName: 'U',
    action: 'thing.changed',
    entity: 'thing',
    entityId: 't1',
    before: { status: 'a' },
    after: { status: 'b' },
    requestId: 'r',
    prevHash: '',
  };

  it('changes when any field or the previous hash changes', () => {
    const base = chainHash(event);
    expect(chainHash({ ...event })).toBe(base);
    expect(chainHash({ ...event, after: { status: 'c' } })).not.toBe(base);
    expect(chainHash({ ...event, prevHash: 'x' })).not.toBe(base);
    expect(chainHash({ ...event, seq: 2 })).not.toBe(base);
    expect(chainHash({ ...event, actorSub: 'v' })).not.toBe(base);
  });

  it('v2: the digest changes with any column, the link with the position, the previous link or the digest', () => {
    const { seq: _seq, prevHash: _prevHash, ...content } = event;
    const digest = contentDigest(content);
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    expect(contentDigest({ ...content })).toBe(digest);
    expect(contentDigest({ ...content, before: { status: 'z' } })).not.toBe(digest);
    expect(contentDigest({ ...content, requestId: null })).not.toBe(digest);
    expect(contentDigest({ ...content, at: new Date('2026-01-01T00:00:00.001Z') })).not.toBe(digest);
    const link = v2LinkHash(1, '', digest);
    expect(v2LinkHash(2, '', digest)).not.toBe(link);
    expect(v2LinkHash(1, 'x', digest)).not.toBe(link);
    expect(v2LinkHash(1, '', contentDigest({ ...content, actorName: null }))).not.toBe(link);
  });
});
