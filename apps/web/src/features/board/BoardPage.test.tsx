import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe';
import {
  CRANE,
  FLATBED,
  makeAssignment,
  makeDriver,
  makeEquipment,
  makeQueue,
  makeRequest,
  makeTypes,
  makeWorkOrder,
} from '../../test/fixtures';
import { emptyBoardHandlers, http, HttpResponse, list, server, url } from '../../test/msw';
import { renderApp } from '../../test/render';

const NOW = new Date('2026-11-29T10:00:00.000Z');
const minutesAgo = (m: number) => new Date(NOW.getTime() - m * 60_000).toISOString();

function boardWith({
  queue = makeQueue([]),
  assignments = [],
  drivers = [],
  equipment = [],
  orders = [],
}: {
  queue?: ReturnType<typeof makeQueue>;
  assignments?: ReturnType<typeof makeAssignment>[];
  drivers?: ReturnType<typeof makeDriver>[];
  equipment?: ReturnType<typeof makeEquipment>[];
  orders?: ReturnType<typeof makeWorkOrder>[];
}) {
  emptyBoardHandlers();
  server.use(
    http.get(url('/api/dispatch/queue'), () =>
      HttpResponse.json(queue, { headers: { 'x-tenant-seq': '5' } }),
    ),
    http.get(url('/api/dispatch/assignments'), () => list(assignments, 5)),
    http.get(url('/api/drivers'), () => list(drivers, 5)),
    http.get(url('/api/equipment'), () => list(equipment, 5)),
    http.get(url('/api/work-orders'), () => list(orders, 5)),
    http.get(url('/api/equipment-types'), () => HttpResponse.json({ items: makeTypes(), nextCursor: null })),
  );
}

beforeEach(() => vi.useFakeTimers({ toFake: ['Date'], now: NOW }));
afterEach(() => vi.useRealTimers());

describe('the queue', () => {
  it('groups by equipment type and keeps the serving order the server gives, with position and waits', async () => {
    boardWith({
      queue: makeQueue([
        {
          request: makeRequest({ workOrderNumber: 'WO-1', priority: 'urgent', createdAt: minutesAgo(3) }),
          estimatedWaitSeconds: 600,
        },
        {
          request: makeRequest({ workOrderNumber: 'WO-2', createdAt: minutesAgo(30) }),
          estimatedWaitSeconds: 1200,
        },
        {
          request: makeRequest({
            workOrderNumber: 'WO-3',
            equipmentTypeId: FLATBED,
            createdAt: minutesAgo(5),
          }),
        },
      ]),
    });
    await renderApp('/board');
    const cranes = await screen.findByRole('region', { name: 'Crane 50t queue' });
    const rows = within(cranes).getAllByRole('listitem');
    expect(rows.map((row) => row.getAttribute('aria-label'))).toEqual([
      'Queue position 1: WO-1, urgent',
      'Queue position 2: WO-2, standard',
    ]);
    expect(rows[0]).toHaveTextContent('▲ Urgent');
    expect(rows[0]).toHaveTextContent('waiting 3 min');
    expect(rows[0]).toHaveTextContent('est. 10 min');
    expect(within(cranes).getByRole('heading')).toHaveTextContent('2 waiting (1 urgent)');
    const flatbeds = screen.getByRole('region', { name: 'Flatbed queue' });
    expect(within(flatbeds).getByRole('listitem')).toHaveTextContent('est. unknown');
    await expectNoAxeViolations();
  });

  it('shows why a request waits from the recorded decision, one click away', async () => {
    const request = makeRequest({ workOrderNumber: 'WO-7' });
    boardWith({ queue: makeQueue([{ request }]) });
    server.use(
      http.get(url(`/api/dispatch/requests/${request.id}/decisions`), () =>
        HttpResponse.json({
          items: [
            {
              at: minutesAgo(2),
              actor: { sub: 'u', name: 'Dana' },
              rule: 'idle longest first',
              trigger: 'request created',
              outcome: 'queued',
              chosen: null,
              equipment: [
                {
                  id: 'e1',
                  name: 'CR-01',
                  region: 'south',
                  verdict: 'passed',
                  reasons: ['is in region south; the request needs north'],
                },
              ],
              equipmentNotListed: 0,
              drivers: [
                {
                  id: 'd1',
                  name: 'Sam',
                  region: 'north',
                  verdict: 'passed',
                  reasons: ['qualification expired at 2026-11-01'],
                },
              ],
              driversNotListed: 0,
            },
          ],
        }),
      ),
    );
    await renderApp('/board');
    await userEvent.click(await screen.findByRole('button', { name: 'Why waiting?' }));
    const dialog = await screen.findByRole('dialog', { name: 'Why WO-7 waits' });
    expect(
      await within(dialog).findByText('is in region south; the request needs north'),
    ).toBeInTheDocument();
    expect(within(dialog).getByText('qualification expired at 2026-11-01')).toBeInTheDocument();
    await expectNoAxeViolations();
  });
});

describe('role-gated actions', () => {
  const data = () => ({
    queue: makeQueue([{ request: makeRequest() }]),
    assignments: [makeAssignment()],
    drivers: [makeDriver()],
    equipment: [makeEquipment()],
    orders: [makeWorkOrder()],
  });
  const actionNames = [
    /New work order/,
    /Request dispatch/,
    /^Cancel/,
    /Mark en route/,
    /Send to maintenance/,
    /End shift/,
  ];

  it('offers a dispatcher every board action', async () => {
    boardWith(data());
    await renderApp('/board', { me: { roles: ['dispatcher'] } });
    await screen.findByText('WO-000001');
    await screen.findByText('Sam Driver', { selector: 'span' });
    for (const name of actionNames) expect(screen.getAllByRole('button', { name }).length).toBeGreaterThan(0);
    await expectNoAxeViolations();
  });

  it('shows a viewer the same board without a single action control', async () => {
    boardWith(data());
    await renderApp('/board', { me: { roles: ['viewer'] } });
    await screen.findByText('WO-000001');
    await screen.findByText('CR-01', { selector: 'span.font-mono' });
    for (const name of actionNames) expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /More actions/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Why waiting?' })).toBeInTheDocument(); // reading is fine
  });
});

describe('the exception strip', () => {
  it('counts exceptions against the thresholds as the clock runs, and a chip filters the board via the URL', async () => {
    const expiring = makeDriver({
      name: 'Ola',
      activeAssignmentId: 'x',
      qualifications: [
        { equipmentTypeId: CRANE, equipmentTypeName: 'Crane 50t', expiresAt: '2026-12-02', current: true },
      ],
    });
    boardWith({
      queue: makeQueue([
        {
          request: makeRequest({ workOrderNumber: 'WO-OLD', priority: 'urgent', createdAt: minutesAgo(11) }),
        },
        { request: makeRequest({ workOrderNumber: 'WO-NEW', priority: 'urgent', createdAt: minutesAgo(9) }) },
      ]),
      assignments: [
        makeAssignment({ workOrderNumber: 'WO-SLOW', dispatchedAt: minutesAgo(16) }),
        makeAssignment({ workOrderNumber: 'WO-OK', dispatchedAt: minutesAgo(5), driverId: expiring.id }),
      ],
      drivers: [expiring, makeDriver({ name: 'Idle Ida' })],
    });
    const { router } = await renderApp('/board');
    const strip = await screen.findByRole('navigation', { name: 'Exceptions' });
    const chip = (name: RegExp) => within(strip).getByRole('button', { name });
    await vi.waitFor(() => expect(chip(/Urgent waiting > 10 min/)).toHaveTextContent(/^1/));
    expect(chip(/not en route > 15 min/)).toHaveTextContent(/^1/);
    expect(chip(/expiring ≤ 7 d/)).toHaveTextContent(/^1/);
    expect(chip(/Idle qualified drivers/)).toHaveTextContent(/^1/);

    await userEvent.click(chip(/Urgent waiting/));
    expect(router.state.location.search).toEqual({ exception: 'urgent-waiting' });
    expect(chip(/Urgent waiting/)).toHaveAttribute('aria-pressed', 'true');
    expect(await screen.findByText('WO-OLD')).toBeInTheDocument();
    expect(screen.queryByText('WO-NEW')).not.toBeInTheDocument();

    // Two minutes later the second urgent request crosses the line too.
    vi.setSystemTime(new Date(NOW.getTime() + 2 * 60_000));
    await vi.waitFor(() => expect(chip(/Urgent waiting/)).toHaveTextContent(/^2/), { timeout: 7_000 });
    expect(await screen.findByText('WO-NEW')).toBeInTheDocument();
  });

  it('uses the tenant thresholds from the settings', async () => {
    boardWith({
      queue: makeQueue([{ request: makeRequest({ priority: 'urgent', createdAt: minutesAgo(4) }) }]),
    });
    server.use(
      http.get(url('/api/settings'), () => HttpResponse.json({ exceptions: { urgentWaitingMinutes: 3 } })),
    );
    await renderApp('/board');
    const strip = await screen.findByRole('navigation', { name: 'Exceptions' });
    await vi.waitFor(() =>
      expect(within(strip).getByRole('button', { name: /Urgent waiting > 3 min/ })).toHaveTextContent(/^1/),
    );
  });
});
