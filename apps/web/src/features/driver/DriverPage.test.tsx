import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe';
import { makeAssignment, makeWorkOrder } from '../../test/fixtures';
import { http, HttpResponse, list, server, url } from '../../test/msw';
import { renderApp } from '../../test/render';

const order = makeWorkOrder({
  number: 'WO-000077',
  title: 'Lift trusses',
  siteAddress: '9 Quay St',
  notes: 'Gate code 4411',
});
const assignment = makeAssignment({
  workOrderId: order.id,
  workOrderNumber: order.number,
  equipmentIdentifier: 'CR-07',
});

function setOnline(online: boolean) {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
  act(() => void window.dispatchEvent(new Event(online ? 'online' : 'offline')));
}
afterEach(() => setOnline(true));
// The card's attachments panel asks for the settings; off here (features/attachments tests cover it on).
beforeEach(() =>
  server.use(
    http.get(url('/api/attachments/settings'), () =>
      HttpResponse.json({ enabled: false, maxBytes: 0, contentTypes: [] }),
    ),
  ),
);

describe('driver view', () => {
  it('shows where to go and what to take, and moves the assignment on with one large button', async () => {
    const posted: unknown[] = [];
    server.use(
      http.get(url('/api/dispatch/assignments'), () => list([assignment], 3)),
      http.get(url(`/api/work-orders/${order.id}`), () => HttpResponse.json(order)),
      http.post(url(`/api/dispatch/assignments/${assignment.id}/status`), async ({ request }) => {
        posted.push(await request.json());
        return HttpResponse.json({ ...assignment, status: 'en_route', enRouteAt: new Date().toISOString() });
      }),
    );
    const user = userEvent.setup();
    await renderApp('/driver', { me: { roles: ['driver'] } });
    const card = (await screen.findByText('WO-000077')).closest('li')!;
    expect(await within(card).findByText('9 Quay St')).toBeInTheDocument();
    expect(within(card).getByText('Notes: Gate code 4411')).toBeInTheDocument();
    expect(within(card).getByText('CR-07')).toBeInTheDocument();
    await expectNoAxeViolations();

    await user.click(within(card).getByRole('button', { name: 'Mark en route' }));
    await vi.waitFor(() => expect(posted).toEqual([{ status: 'en_route' }]));
  });

  it('says plainly when the phone is offline, and offers a retry when a step failed', async () => {
    let fail = true;
    server.use(
      http.get(url('/api/dispatch/assignments'), () => list([assignment], 3)),
      http.get(url(`/api/work-orders/${order.id}`), () => HttpResponse.json(order)),
      http.post(url(`/api/dispatch/assignments/${assignment.id}/status`), () =>
        fail ? HttpResponse.error() : HttpResponse.json({ ...assignment, status: 'en_route' }),
      ),
    );
    const user = userEvent.setup();
    await renderApp('/driver', { me: { roles: ['driver'] } });
    const button = await screen.findByRole('button', { name: 'Mark en route' });

    setOnline(false);
    expect(await screen.findByText('You are offline')).toBeInTheDocument();
    expect(button).toBeDisabled();
    setOnline(true);
    expect(screen.queryByText('You are offline')).not.toBeInTheDocument();

    await user.click(button);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('could not be reached');
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    await vi.waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
  });
});
