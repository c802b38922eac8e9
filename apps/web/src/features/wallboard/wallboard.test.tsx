import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe';
import { installFakeSockets, type FakeSocket } from '../../test/fake-socket';
import { makeAssignment, makeEquipment, makeQueue, makeRequest, makeTypes } from '../../test/fixtures';
import { emptyBoardHandlers, http, HttpResponse, list, makeMe, server, url } from '../../test/msw';
import { renderApp } from '../../test/render';

const NOW = new Date('2026-11-29T10:00:00Z');
let sockets: FakeSocket[];
beforeEach(() => {
  sockets = installFakeSockets();
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
});
afterEach(() => vi.useRealTimers());

describe('wallboard', () => {
  it('shows queue, exception counts and utilization in large type, with no controls, and follows live events', async () => {
    const unit = makeEquipment({ identifier: 'CR-01' });
    emptyBoardHandlers(5);
    server.use(
      http.get(url('/api/equipment-types'), () =>
        HttpResponse.json({ items: makeTypes(), nextCursor: null }),
      ),
      http.get(url('/api/equipment'), () =>
        list([unit, makeEquipment({ identifier: 'CR-02', status: 'dispatched' })], 5),
      ),
      http.get(url('/api/dispatch/queue'), () =>
        HttpResponse.json(
          makeQueue([
            {
              request: makeRequest({
                workOrderNumber: 'WO-000031',
                priority: 'urgent',
                createdAt: '2026-11-29T09:30:00Z',
              }),
            },
            { request: makeRequest({ workOrderNumber: 'WO-000032', createdAt: '2026-11-29T09:55:00Z' }) },
          ]),
          { headers: { 'x-tenant-seq': '5' } },
        ),
      ),
      http.get(url('/api/dispatch/assignments'), () =>
        list([makeAssignment({ status: 'dispatched', dispatchedAt: '2026-11-29T09:00:00Z' })], 5),
      ),
      http.get(url('/api/reports/utilization'), () =>
        HttpResponse.json({
          period: { from: '', to: '' },
          items: [
            {
              equipmentId: unit.id,
              identifier: 'CR-01',
              equipmentType: 'Crane 50t',
              region: 'north',
              dispatchedSeconds: 0,
              utilization: 0.25,
              dispatches: 1,
              averageDispatchSeconds: null,
            },
            {
              equipmentId: 'x',
              identifier: 'CR-02',
              equipmentType: 'Crane 50t',
              region: 'north',
              dispatchedSeconds: 0,
              utilization: 0.75,
              dispatches: 2,
              averageDispatchSeconds: null,
            },
          ],
        }),
      ),
    );
    // The wallboard has no main navigation to wait for: /api/me answers as for a viewer.
    server.use(http.get(url('/api/me'), () => HttpResponse.json(makeMe({ roles: ['viewer'] }))));
    await renderApp('/wallboard', { me: null });
    await screen.findByRole('heading', { name: 'Dispatch wallboard' });
    const queue = screen.getByRole('region', { name: /Queue/ });
    expect(await within(queue).findByText('WO-000031')).toBeInTheDocument();
    const items = within(queue).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('WO-000031Crane 50tURGENTwaiting 30 min');
    expect(items[1]).toHaveTextContent('WO-000032Crane 50tstandardwaiting 5 min');

    const exceptions = screen.getByRole('region', { name: 'Exceptions' });
    expect(within(exceptions).getByText('Urgent waiting too long').previousSibling).toHaveTextContent('1');
    expect(within(exceptions).getByText('Dispatched, not en route').previousSibling).toHaveTextContent('1');
    const utilization = screen.getByRole('region', { name: 'Utilization' });
    expect(within(utilization).getByText('1 / 2')).toBeInTheDocument();
    expect(await within(utilization).findByText('50.0 %')).toBeInTheDocument();

    // A TV shows; it offers nothing to press or fill in.
    expect(screen.queryAllByRole('button')).toEqual([]);
    expect(screen.queryAllByRole('link')).toEqual([]);
    expect(screen.queryAllByRole('textbox')).toEqual([]);
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();
    await expectNoAxeViolations();

    const socket = sockets[0]!;
    act(() => socket.serverSends('ready', { epoch: 'e1', seq: 5, replayed: 0 }));
    act(() =>
      socket.serverSends('event', {
        seq: 6,
        prev: 5,
        committedAt: '',
        type: 'equipment.updated',
        payload: { ...unit, status: 'dispatched' },
      }),
    );
    expect(await within(utilization).findByText('2 / 2')).toBeInTheDocument();
  });
});
