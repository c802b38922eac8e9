import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { makeAssignment, makeWorkOrder } from '../../test/fixtures';
import { emptyBoardHandlers, http, HttpResponse, list, server, url } from '../../test/msw';
import { renderApp } from '../../test/render';

describe('keyboard triage', () => {
  it('moves with j/k, advances with s, opens dispatch with a, and the cheat sheet with ?', async () => {
    const assignment = makeAssignment({ workOrderNumber: 'WO-5' });
    const order = makeWorkOrder({ number: 'WO-000006' });
    const posted: unknown[] = [];
    emptyBoardHandlers();
    server.use(
      http.get(url('/api/dispatch/assignments'), () => list([assignment])),
      http.get(url('/api/work-orders'), () => list([order])),
      http.post(url(`/api/dispatch/assignments/${assignment.id}/status`), async ({ request }) => {
        posted.push(await request.json());
        return HttpResponse.json({ ...assignment, status: 'en_route' });
      }),
    );
    const user = userEvent.setup();
    await renderApp('/board');
    const card = await screen.findByRole('listitem', { name: /^WO-5:/ });
    const row = await screen.findByRole('listitem', { name: /^WO-000006:/ });

    await user.keyboard('j');
    expect(card).toHaveFocus();
    await user.keyboard('j');
    expect(row).toHaveFocus();
    await user.keyboard('k');
    expect(card).toHaveFocus();
    await user.keyboard('s');
    await vi.waitFor(() => expect(posted).toEqual([{ status: 'en_route' }]));

    await user.keyboard('jj'); // stops at the last row
    expect(row).toHaveFocus();
    await user.keyboard('a');
    expect(await screen.findByRole('dialog', { name: 'Request dispatch for WO-000006' })).toBeInTheDocument();
    await user.keyboard('{Escape}');

    await user.keyboard('?');
    const sheet = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(sheet).getByText('Advance the selected assignment to its next status')).toBeInTheDocument();
    await user.keyboard('{Escape}');
  });

  it('leaves the keys alone while typing in a field', async () => {
    emptyBoardHandlers();
    server.use(http.get(url('/api/work-orders'), () => list([makeWorkOrder()])));
    const user = userEvent.setup();
    await renderApp('/board');
    const search = await screen.findByRole('searchbox', { name: 'Search work orders' });
    await user.click(search);
    await user.keyboard('jk?');
    expect(search).toHaveValue('jk?');
    expect(search).toHaveFocus();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('opens the command palette with Ctrl+K', async () => {
    emptyBoardHandlers();
    const user = userEvent.setup();
    await renderApp('/board');
    await screen.findByRole('heading', { name: 'Queue' });
    await user.keyboard('{Control>}k{/Control}');
    const palette = await screen.findByRole('dialog', { name: 'Command palette' });
    expect(within(palette).getByText('New work order')).toBeInTheDocument();
  });
});
