import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { isSnapshot, mergeById } from './snapshot';
import type { EventEnvelope } from './sequence';

type Update = (data: unknown, key: QueryKey) => unknown;

/**
 * Applies one event to every cached snapshot under `prefix`, in place. A snapshot taken at or after the event
 * already shows it and is left alone; one the update cannot patch (`undefined`: the item is not in it, and its
 * filters may or may not want it) is refetched instead. A patched snapshot now stands at the event's position.
 */
export function patchSnapshots(client: QueryClient, prefix: QueryKey, seq: number, update: Update): void {
  const unpatchable: QueryKey[] = [];
  for (const [key, snapshot] of client.getQueriesData({ queryKey: prefix })) {
    if (!isSnapshot(snapshot)) continue;
    if (snapshot.seq !== null && snapshot.seq >= seq) continue;
    const next = update(snapshot.data, key);
    if (next === undefined) unpatchable.push(key);
    else client.setQueryData(key, { data: next, seq });
  }
  for (const key of unpatchable) void client.invalidateQueries({ queryKey: key, exact: true });
}

type Item = { id: string };
type List = { items: Item[] };
const isList = (value: unknown): value is List =>
  typeof value === 'object' && value !== null && Array.isArray((value as List).items);

/** Merges a (possibly partial) entity into lists holding it; lists that do not are refetched. */
export function mergeInto(entity: Item): Update {
  return (data) => (isList(data) ? mergeById(data, entity) : undefined);
}

const ACTIVE = new Set(['dispatched', 'en_route', 'on_site']);

/** Assignments: the board's and the driver's "active" lists gain new ones and lose finished ones in place. */
export function assignmentUpdate(assignment: Item & { status: string }): Update {
  return (data, key) => {
    if (!isList(data)) return undefined;
    const filters = (key[2] ?? {}) as Record<string, unknown>;
    const merged = mergeById(data, assignment);
    const onlyActive = filters.status === 'active' && Object.keys(filters).length === 1;
    if (!onlyActive) return merged;
    const active = ACTIVE.has(assignment.status);
    if (!merged) return active ? { ...data, items: [...data.items, assignment] } : data;
    return active ? merged : { ...merged, items: merged.items.filter((item) => item.id !== assignment.id) };
  };
}

/** Query key prefixes the realtime layer patches; each feature's factories build their keys from these. */
export const keys = {
  workOrders: ['work-orders', 'list'] as const,
  assignments: ['assignments', 'list'] as const,
  equipment: ['equipment', 'list'] as const,
  drivers: ['drivers', 'list'] as const,
  requests: ['requests', 'list'] as const,
  queue: ['queue'] as const,
  dashboard: ['dashboard'] as const,
  attachments: ['attachments'] as const,
  equipmentTypes: ['equipment-types'] as const,
  settings: ['settings'] as const,
};

/** What each event type changes in the cache: lists patched in place, aggregates marked stale. */
export function applyEvent(client: QueryClient, event: EventEnvelope, { listsOnly = false } = {}): void {
  const payload = event.payload as Item & { status: string };
  const stale = (key: QueryKey) => {
    if (!listsOnly) void client.invalidateQueries({ queryKey: key });
  };
  switch (event.type) {
    case 'assignment.updated':
      patchSnapshots(client, keys.assignments, event.seq, assignmentUpdate(payload));
      client.setQueryData(['assignments', 'detail', payload.id], payload);
      stale(keys.dashboard);
      break;
    case 'request.updated':
      patchSnapshots(client, keys.requests, event.seq, mergeInto(payload));
      stale(keys.queue);
      stale(keys.dashboard);
      break;
    case 'queue.updated':
      stale(keys.queue);
      stale(keys.dashboard);
      break;
    case 'equipment.updated':
      patchSnapshots(client, keys.equipment, event.seq, mergeInto(payload));
      stale(keys.queue); // the estimated wait depends on the units in service
      stale(keys.dashboard);
      break;
    case 'driver.updated':
      patchSnapshots(client, keys.drivers, event.seq, mergeInto(payload));
      stale(keys.dashboard);
      break;
    case 'workorder.updated':
      patchSnapshots(client, keys.workOrders, event.seq, mergeInto(payload));
      break;
    case 'attachment.updated':
      stale(keys.attachments); // lists are small and per subject: refetch rather than patch
      break;
    case 'equipmenttype.updated':
      stale(keys.equipmentTypes); // a handful of rows, sorted by name: refetch rather than patch
      break;
    case 'settings.updated':
      stale(keys.settings); // another admin changed them: forms and policies shown here reload
      break;
    default:
      break; // an event type this version does not know: nothing it shows depends on it
  }
}

/** Every query the realtime layer keeps fresh: what a resync refetches. */
export const liveKeyPrefixes: QueryKey[] = Object.values(keys);

/** Aggregates are never patched, only refetched; these event types make them stale. */
const aggregateEvents: Record<string, readonly string[]> = {
  queue: ['request.updated', 'queue.updated', 'equipment.updated'],
  dashboard: [
    'assignment.updated',
    'request.updated',
    'queue.updated',
    'equipment.updated',
    'driver.updated',
  ],
};

export function isAggregate(key: QueryKey): boolean {
  return typeof key[0] === 'string' && key[0] in aggregateEvents;
}

export function staleAfter(key: QueryKey, events: readonly EventEnvelope[]): boolean {
  const types = aggregateEvents[key[0] as string] ?? [];
  return events.some((event) => types.includes(event.type));
}
