import { act, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeAssignment } from '../../test/fixtures';
import { installFakeSockets, type FakeSocket } from '../../test/fake-socket';
import { emptyBoardHandlers, http, list, server, url } from '../../test/msw';
import { renderApp } from '../../test/render';

let sockets: FakeSocket[];
beforeEach(() => {
  sockets = installFakeSockets();
});

describe('the live board', () => {
  it('patches an event into the board in place, and refetches when it missed one', async () => {
    const first = makeAssignment({ workOrderNumber: 'WO-A' });
    let fetches = 0;
    emptyBoardHandlers();
    server.use(
      http.get(url('/api/dispatch/assignments'), () => {
        fetches += 1;
        return fetches === 1
          ? list([first], 5)
          : list([first, makeAssignment({ workOrderNumber: 'WO-C', status: 'on_site' })], 12);
      }),
    );
    await renderApp('/board');
    const dispatched = await screen.findByRole('region', { name: 'Dispatched' });
    await within(dispatched).findByText('WO-A');
    expect(sockets).toHaveLength(1);
    const socket = sockets[0]!;
    expect(socket.handshakes).toEqual([{}]);

    act(() => socket.serverSends('ready', { epoch: 'e1', seq: 5, replayed: 0 }));
    expect(screen.getByTestId('sync-indicator')).toHaveTextContent(/^Live · updated/);

    const second = makeAssignment({ workOrderNumber: 'WO-B' });
    act(() =>
      socket.serverSends('event', {
        seq: 6,
        prev: 5,
        committedAt: '',
        type: 'assignment.updated',
        payload: second,
      }),
    );
    expect(await within(dispatched).findByText('WO-B')).toBeInTheDocument();
    act(() =>
      socket.serverSends('event', {
        seq: 7,
        prev: 6,
        committedAt: '',
        type: 'assignment.updated',
        payload: { ...second, status: 'en_route', enRouteAt: new Date().toISOString() },
      }),
    );
    const enRoute = screen.getByRole('region', { name: 'En route' });
    expect(await within(enRoute).findByText('WO-B')).toBeInTheDocument();
    expect(within(dispatched).queryByText('WO-B')).not.toBeInTheDocument();
    expect(fetches).toBe(1);

    // Event 9 arrives but 8 never did: what is shown is fetched again.
    act(() =>
      socket.serverSends('event', {
        seq: 9,
        prev: 8,
        committedAt: '',
        type: 'assignment.updated',
        payload: second,
      }),
    );
    const onSite = screen.getByRole('region', { name: 'On site' });
    expect(await within(onSite).findByText('WO-C')).toBeInTheDocument();
    expect(fetches).toBe(2);

    // After a drop the app resumes from where it stands.
    act(() => socket.reconnect());
    expect(screen.getByTestId('sync-indicator')).toHaveTextContent(/^Offline since \d\d:\d\d/);
    expect(socket.handshakes.at(-1)).toEqual({ lastSeq: 9, epoch: 'e1' });
  });
});
