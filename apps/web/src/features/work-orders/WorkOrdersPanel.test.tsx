import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe';
import { emptyBoardHandlers, http, list, problem, server, url } from '../../test/msw';
import { makeWorkOrder } from '../../test/fixtures';
import { renderApp } from '../../test/render';

describe('work orders on the board', () => {
  beforeEach(() => emptyBoardHandlers());

  it('searches and filters through the URL, and asks the API with the same filters', async () => {
    const asked: string[] = [];
    server.use(
      http.get(url('/api/work-orders'), ({ request }) => {
        const params = new URL(request.url).searchParams;
        asked.push(`${params.get('q') ?? ''}|${params.get('status') ?? ''}`);
        return list(params.get('q') === 'truss' ? [makeWorkOrder()] : []);
      }),
    );
    const { router } = await renderApp('/board?status=open');
    expect(await screen.findByText('No work orders match these filters')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('open');

    await userEvent.type(screen.getByRole('searchbox', { name: 'Search work orders' }), 'truss');
    expect(await screen.findByText('Lift roof trusses')).toBeInTheDocument();
    expect(router.state.location.search).toEqual({ status: 'open', q: 'truss' });
    expect(asked).toEqual(['|open', 'truss|open']);
    await expectNoAxeViolations();
  });

  it('ignores a malformed filter in the URL instead of failing', async () => {
    server.use(http.get(url('/api/work-orders'), () => list([makeWorkOrder()])));
    await renderApp('/board?status=bogus');
    expect(await screen.findByText('Lift roof trusses')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('');
  });

  it("shows the API's problem and retries on request", async () => {
    let calls = 0;
    server.use(
      http.get(url('/api/work-orders'), () =>
        ++calls === 1
          ? problem(503, 'database-unavailable', 'The database is not answering.')
          : list([makeWorkOrder()]),
      ),
    );
    await renderApp('/board');
    expect(await screen.findByRole('alert')).toHaveTextContent('The database is not answering.');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Lift roof trusses')).toBeInTheDocument();
  });
});
