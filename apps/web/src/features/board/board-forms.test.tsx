import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe';
import { makeAssignment, makeRequest, makeTypes, makeWorkOrder } from '../../test/fixtures';
import { emptyBoardHandlers, http, HttpResponse, list, problem, server, url } from '../../test/msw';
import { renderApp } from '../../test/render';

beforeEach(() => {
  emptyBoardHandlers();
  server.use(
    http.get(url('/api/equipment-types'), () => HttpResponse.json({ items: makeTypes(), nextCursor: null })),
  );
});

describe('new work order', () => {
  it('validates as you type and puts the API field errors on the fields', async () => {
    const bodies: unknown[] = [];
    server.use(
      http.post(url('/api/work-orders'), async ({ request }) => {
        bodies.push(await request.json());
        return problem(400, 'validation-failed', 'The body is not valid', [
          { field: '/body/siteAddress', message: 'must not be only whitespace or control characters' },
        ]);
      }),
    );
    const user = userEvent.setup();
    await renderApp('/board');
    await user.click(await screen.findByRole('button', { name: 'New work order' }));
    const dialog = await screen.findByRole('dialog', { name: 'New work order' });
    const title = within(dialog).getByLabelText('Title');

    await user.type(title, 'x');
    await user.clear(title);
    expect(title).toHaveAccessibleDescription(/Give the job a title/);
    expect(title).toHaveAttribute('aria-invalid', 'true');
    await user.type(title, 'Lift trusses');
    expect(title).not.toHaveAttribute('aria-invalid');

    await user.type(within(dialog).getByLabelText('Site address'), '1 Harbour Rd');
    await user.type(within(dialog).getByLabelText('Region'), 'north');
    await user.click(within(dialog).getByRole('button', { name: 'Create work order' }));

    const site = within(dialog).getByLabelText('Site address');
    expect(
      await within(dialog).findByText('must not be only whitespace or control characters'),
    ).toBeInTheDocument();
    expect(site).toHaveAttribute('aria-invalid', 'true');
    expect(bodies).toEqual([
      { title: 'Lift trusses', siteAddress: '1 Harbour Rd', region: 'north', notes: null },
    ]);
    await expectNoAxeViolations();
  });

  it('fixes the region of a region-limited dispatcher to their own', async () => {
    await renderApp('/board', { me: { region: 'south' } });
    await userEvent.click(await screen.findByRole('button', { name: 'New work order' }));
    const region = within(await screen.findByRole('dialog')).getByLabelText('Region');
    expect(region).toHaveValue('south');
    expect(region).toHaveAttribute('readonly');
  });
});

describe('request dispatch', () => {
  const order = makeWorkOrder({ number: 'WO-000042' });

  it("shows the server's answer (queued #n), sends one Idempotency-Key per submission and reuses it on retry", async () => {
    const keys: string[] = [];
    let calls = 0;
    server.use(
      http.get(url('/api/work-orders'), () => list([order])),
      http.post(url('/api/dispatch/requests'), async ({ request }) => {
        keys.push(request.headers.get('idempotency-key') ?? '');
        if (++calls === 1) return HttpResponse.error(); // the answer is lost on the way
        await delay(300);
        return HttpResponse.json(
          { request: makeRequest({ workOrderNumber: order.number, priority: 'urgent' }), queuePosition: 3 },
          { status: 202 },
        );
      }),
    );
    const user = userEvent.setup();
    await renderApp('/board');
    await user.click(await screen.findByRole('button', { name: 'Request dispatch for WO-000042' }));
    const dialog = await screen.findByRole('dialog', { name: 'Request dispatch for WO-000042' });
    await user.selectOptions(within(dialog).getByLabelText('Equipment type'), 'Crane 50t');
    await user.click(within(dialog).getByLabelText(/Urgent/));
    await expectNoAxeViolations();

    await user.click(within(dialog).getByRole('button', { name: 'Request dispatch' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('could not be reached');
    // The retry is the same submission: same key. A double click sends it once.
    await user.dblClick(within(dialog).getByRole('button', { name: 'Request dispatch' }));
    expect(await within(dialog).findByText('Queued #3')).toBeInTheDocument();
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
  });

  it('says who was dispatched at once, from the 201 answer', async () => {
    const bodies: unknown[] = [];
    server.use(
      http.get(url('/api/work-orders'), () => list([order])),
      http.post(url('/api/dispatch/requests'), async ({ request }) => {
        bodies.push(await request.json());
        return HttpResponse.json(
          {
            request: makeRequest({ workOrderNumber: order.number, status: 'dispatched', wasQueued: false }),
            assignment: makeAssignment({
              workOrderNumber: order.number,
              equipmentIdentifier: 'CR-09',
              driverName: 'Kim',
            }),
          },
          { status: 201 },
        );
      }),
    );
    const user = userEvent.setup();
    await renderApp('/board');
    await user.click(await screen.findByRole('button', { name: 'Request dispatch for WO-000042' }));
    const dialog = await screen.findByRole('dialog');
    await user.selectOptions(within(dialog).getByLabelText('Equipment type'), 'Crane 50t');
    await user.click(within(dialog).getByRole('button', { name: 'Request dispatch' }));
    expect(await within(dialog).findByText('Dispatched at once')).toBeInTheDocument();
    expect(within(dialog).getByText('WO-000042 dispatched at once: CR-09 with Kim')).toBeInTheDocument();
    expect(bodies).toEqual([
      { workOrderId: order.id, equipmentTypeId: makeTypes()[0]!.id, priority: 'standard', region: 'north' },
    ]);
  });
});
