import { describe, expect, it } from 'vitest';
import { canonicalJson, chainHash } from './audit.chain';

describe('canonical JSON', () => {
  it('sorts keys at every depth and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: undefined, x: null }], c: 'é' } })).toBe(
      '{"a":{"c":"é","d":[1,{"x":null,"z":1}]},"b":1}',
    );
  });

  it('gives the same text whatever order the keys were written in', () => {
    expect(canonicalJson({ a: 1, b: [2, 3] })).toBe(canonicalJson({ b: [2, 3], a: 1 }));
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
});
