/** A list as the board caches it: the API's answer plus the tenant position it reported (`x-tenant-seq`). */
export interface Snapshot<T> {
  data: T;
  seq: number | null;
}

export function isSnapshot(value: unknown): value is Snapshot<unknown> {
  return typeof value === 'object' && value !== null && 'data' in value && 'seq' in value;
}

type Listed<I> = { items: I[] };

/** Merges `patch` into the item with the same id; `undefined` when the list does not hold it. */
export function mergeById<I extends { id: string }>(
  list: Listed<I>,
  patch: Partial<I> & { id: string },
): Listed<I> | undefined {
  const index = list.items.findIndex((item) => item.id === patch.id);
  if (index < 0) return undefined;
  const items = list.items.slice();
  items[index] = { ...items[index]!, ...patch };
  return { ...list, items };
}
