import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeAssignment } from '../../test/fixtures';
import { emptyBoardHandlers, http, HttpResponse, list, problem, server, url } from '../../test/msw';
import { renderApp } from '../../test/render';

describe('bulk actions', () => {
  it('advances a multi-selection and reports a result per row, a refusal not stopping the rest', async () => {
    const one = makeAssignment({ workOrderNumber: 'WO-1' });
    const two = makeAssignment({ workOrderNumber: 'WO-2' });
    const three = makeAssignment({ workOrderNumber: 'WO-3' });
    emptyBoardHandlers();
    server.use(
      http.get(url('/api/dispatch/assignments'), () => list([one, two, three])),
      http.post(url('/api/dispatch/assignments/:id/status'), ({ params }) =>
        params.id === two.id
          ? problem(409, 'invalid-transition', 'The assignment was cancelled meanwhile')
          : HttpResponse.json({ ...(params.id === one.id ? one : three), status: 'en_route' }),
      ),
    );
    const user = userEvent.setup();
    await renderApp('/board');
    await user.click(await screen.findByRole('checkbox', { name: 'Select WO-1' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select WO-2' }));
    const bar = screen.getByRole('toolbar', { name: 'Bulk actions on assignments' });
    expect(bar).toHaveTextContent('2 assignments selected');
    await user.click(within(bar).getByRole('button', { name: 'Advance' }));

    const results = await screen.findByText('1 of 2 done');
    const box = results.closest('[role="status"]')!;
    const rows = within(box as HTMLElement).getAllByRole('listitem');
    expect(rows.map((row) => row.textContent)).toEqual([
      '✓ Done: WO-1: en route',
      '✗ Failed: WO-2: The assignment was cancelled meanwhile',
    ]);
    expect(screen.queryByRole('toolbar', { name: 'Bulk actions on assignments' })).not.toBeInTheDocument();
  });

  it('is not offered to a viewer', async () => {
    emptyBoardHandlers();
    server.use(
      http.get(url('/api/dispatch/assignments'), () => list([makeAssignment({ workOrderNumber: 'WO-1' })])),
    );
    await renderApp('/board', { me: { roles: ['viewer'] } });
    await screen.findByText('WO-1');
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
  });
});
