import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { classify, type EventEnvelope } from './sequence';
import type { Snapshot } from './snapshot';
import { SyncEngine } from './sync-engine';

type List = { items: { id: string; status: string; title?: string }[] };
const KEY = ['work-orders', 'list', {}] as const;

function event(seq: number, payload: object, type = 'workorder.updated', prev = seq - 1): EventEnvelope {
  return { seq, prev, committedAt: '2026-11-29T10:00:00.000Z', type, payload };
}

/** A cache with one shown list whose server answers are scripted; counts the fetches. */
function setup(answers: Snapshot<List>[]) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  let fetches = 0;
  const observer = new QueryObserver(client, {
    queryKey: KEY,
    queryFn: async () => answers[Math.min(fetches++, answers.length - 1)]!,
  });
  const unsubscribe = observer.subscribe(() => {});
  const engine = new SyncEngine(client, () => 1_000);
  const shown = () => client.getQueryData<Snapshot<List>>(KEY);
  const settle = () => new Promise((resolve) => setTimeout(resolve, 10));
  return { client, engine, shown, fetches: () => fetches, settle, unsubscribe };
}

describe('classify', () => {
  it('drops old and duplicate events, applies the next, flags a gap', () => {
    expect(classify(10, { seq: 10, prev: 9 })).toBe('drop');
    expect(classify(10, { seq: 7, prev: 6 })).toBe('drop');
    expect(classify(10, { seq: 11, prev: 10 })).toBe('apply');
    expect(classify(10, { seq: 13, prev: 12 })).toBe('gap');
  });

  it("follows a region-limited feed whose numbers skip other feeds' events", () => {
    expect(classify(10, { seq: 14, prev: 10 })).toBe('apply');
    expect(classify(10, { seq: 14, prev: 8 })).toBe('apply');
    expect(classify(10, { seq: 14, prev: 12 })).toBe('gap');
  });
});

describe('SyncEngine', () => {
  const open = { data: { items: [{ id: 'a', status: 'open', title: 'Lift' }] }, seq: 5 };

  it('patches the shown list in place with the next event and drops a duplicate', async () => {
    const t = setup([open]);
    await t.settle();
    t.engine.onReady({ epoch: 'e1', seq: 5 });
    t.engine.onEvent(event(6, { id: 'a', status: 'in_progress' }));
    expect(t.shown()).toEqual({
      data: { items: [{ id: 'a', status: 'in_progress', title: 'Lift' }] },
      seq: 6,
    });
    t.engine.onEvent(event(6, { id: 'a', status: 'cancelled' }));
    t.engine.onEvent(event(4, { id: 'a', status: 'cancelled' }));
    expect(t.shown()?.data.items[0]?.status).toBe('in_progress');
    expect(t.fetches()).toBe(1);
    expect(t.engine.getStatus()).toEqual({ kind: 'live', updatedAt: 1_000 });
    t.unsubscribe();
  });

  it('refetches what is shown on a gap and continues from the position the refetch reports', async () => {
    const t = setup([open, { data: { items: [{ id: 'a', status: 'completed' }] }, seq: 9 }]);
    await t.settle();
    t.engine.onReady({ epoch: 'e1', seq: 5 });
    t.engine.onEvent(event(8, { id: 'a', status: 'on_site' }));
    expect(t.engine.getStatus().kind).toBe('resyncing');
    await t.settle();
    expect(t.fetches()).toBe(2);
    expect(t.shown()).toEqual({ data: { items: [{ id: 'a', status: 'completed' }] }, seq: 9 });
    expect(t.engine.getStatus().kind).toBe('live');
    t.engine.onEvent(event(9, { id: 'a', status: 'open' }, 'workorder.updated', 8));
    expect(t.shown()?.data.items[0]?.status).toBe('completed'); // the refetch already showed 9
    t.engine.onEvent(event(10, { id: 'a', status: 'cancelled' }));
    expect(t.shown()?.data.items[0]?.status).toBe('cancelled');
    t.unsubscribe();
  });

  it('resumes by replay after a reconnect, and refetches when the server could not replay', async () => {
    const t = setup([open, { data: { items: [] }, seq: 3 }]);
    await t.settle();
    t.engine.onReady({ epoch: 'e1', seq: 5 });
    t.engine.onEvent(event(6, { id: 'a', status: 'in_progress' }));
    t.engine.onDisconnect();
    expect(t.engine.getStatus()).toEqual({ kind: 'offline', since: 1_000 });
    expect(t.engine.handshake).toEqual({ lastSeq: 6, epoch: 'e1' });

    // Replayed: the missed event arrives before `ready`; nothing is refetched.
    t.engine.onReady({ epoch: 'e1', seq: 6 });
    t.engine.onEvent(event(7, { id: 'a', status: 'completed' }));
    expect(t.shown()?.data.items[0]?.status).toBe('completed');
    expect(t.fetches()).toBe(1);

    // Redis lost its data: a new epoch; what is shown is fetched again.
    t.engine.onDisconnect();
    t.engine.onReady({ epoch: 'e2', seq: 3 });
    await t.settle();
    expect(t.fetches()).toBe(2);
    expect(t.shown()).toEqual({ data: { items: [] }, seq: 3 });
    expect(t.engine.handshake).toEqual({ lastSeq: 3, epoch: 'e2' });
    t.unsubscribe();
  });

  it('gives a snapshot fetched before the latest events what it missed, instead of rolling back', async () => {
    const t = setup([open, { data: { items: [{ id: 'a', status: 'open', title: 'Lift v2' }] }, seq: 5 }]);
    await t.settle();
    t.engine.onReady({ epoch: 'e1', seq: 5 });
    t.engine.onEvent(event(6, { id: 'a', status: 'in_progress' }));
    // A refetch that read the list before event 6 committed (it reports seq 5):
    await t.client.refetchQueries({ queryKey: KEY });
    expect(t.shown()).toEqual({
      data: { items: [{ id: 'a', status: 'in_progress', title: 'Lift v2' }] },
      seq: 6,
    });
    t.unsubscribe();
  });
});
