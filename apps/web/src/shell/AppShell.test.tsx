import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../test/axe';
import { emptyBoardHandlers, http, HttpResponse, problem, server, url } from '../test/msw';
import { browser } from '../session/browser';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../test/render';

const emptyBoard = emptyBoardHandlers;

describe('app shell', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows a dispatcher the board, the tenant and no region chip when unlimited', async () => {
    emptyBoard();
    await renderApp('/board', { me: { roles: ['dispatcher'] } });
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Board' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).queryByRole('link', { name: 'My assignments' })).not.toBeInTheDocument();
    expect(screen.getByText(/Acme Cranes/)).toBeInTheDocument();
    expect(screen.queryByText(/Region:/)).not.toBeInTheDocument();
    await screen.findByText('No work orders yet');
    await expectNoAxeViolations();
  });

  it('always shows a region-limited user their region', async () => {
    emptyBoard();
    await renderApp('/board', { me: { roles: ['viewer'], region: 'north' } });
    expect(screen.getByText('Region: north')).toBeInTheDocument();
  });

  it('offers a driver only their assignments, and sends them there from /', async () => {
    emptyBoard();
    const { router } = await renderApp('/', { me: { roles: ['driver'] } });
    await screen.findByRole('heading', { name: 'My assignments' });
    expect(router.state.location.pathname).toBe('/driver');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).queryByRole('link', { name: 'Board' })).not.toBeInTheDocument();
  });

  it('sends a visitor without a session to the sign-in, returning to where they were', async () => {
    const assign = vi.spyOn(browser, 'assign').mockImplementation(() => {});
    server.use(http.get(url('/api/me'), () => problem(401, 'session-missing', 'Not signed in')));
    const { router } = await renderApp('/board?q=crane', { me: null, awaitLoad: false });
    await vi.waitFor(() => expect(assign).toHaveBeenCalledWith('/auth/login?returnTo=%2Fboard%3Fq%3Dcrane'));
    // The route never settles (the browser is leaving). Let the router show its pending state, as it would on
    // screen, while this test's window exists: its timer firing after the file's environment is gone fails the run.
    await vi.waitFor(() =>
      expect(router.state.matches.some((match) => match.status === 'pending')).toBe(true),
    );
  });

  it('signs out through the API and then ends the IdP session', async () => {
    emptyBoard();
    const assign = vi.spyOn(browser, 'assign').mockImplementation(() => {});
    let csrfHeader: string | null = null;
    server.use(
      http.post(url('/auth/logout'), ({ request }) => {
        csrfHeader = request.headers.get('x-requested-with');
        return HttpResponse.json({ logoutUrl: 'http://idp.test/logout?id_token_hint=x' });
      }),
    );
    await renderApp('/board');
    await userEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    await vi.waitFor(() => expect(assign).toHaveBeenCalledWith('http://idp.test/logout?id_token_hint=x'));
    expect(csrfHeader).toBe('fetch');
  });
});
