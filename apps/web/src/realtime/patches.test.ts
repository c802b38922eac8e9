import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { applyEvent } from './patches';
import type { EventEnvelope } from './sequence';

const event = (type: string, payload: object): EventEnvelope => ({
  seq: 2,
  prev: 1,
  committedAt: '2026-11-29T10:00:00.000Z',
  type,
  payload,
});

/** A cache holding the given queries, all fresh; returns which of them an event marked stale. */
function staleAfter(type: string, payload: object, keys: string[][]): string[] {
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } });
  for (const key of keys) client.setQueryData(key, { items: [] });
  applyEvent(client, event(type, payload));
  return keys.filter((key) => client.getQueryState(key)?.isInvalidated).map((key) => key.join('/'));
}

describe('applyEvent', () => {
  const cached = [
    ['settings', 'tenant'],
    ['settings', 'idp'],
    ['equipment-types'],
    ['work-orders', 'list', '{}'],
  ];

  it('reloads the settings another admin changed, and nothing else', () => {
    expect(staleAfter('settings.updated', { section: 'tenant' }, cached)).toEqual([
      'settings/tenant',
      'settings/idp',
    ]);
  });

  it('reloads the equipment types when one is added', () => {
    expect(staleAfter('equipmenttype.updated', { id: 't1', name: 'Crane' }, cached)).toEqual([
      'equipment-types',
    ]);
  });

  it('leaves the cache alone for an event type it does not know', () => {
    expect(staleAfter('something.new', {}, cached)).toEqual([]);
  });
});
