import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeRequest } from '../../test/fixtures';
import { installFakeSockets, type FakeSocket } from '../../test/fake-socket';
import { emptyBoardHandlers } from '../../test/msw';
import { renderApp } from '../../test/render';

let sockets: FakeSocket[];
beforeEach(() => {
  sockets = installFakeSockets();
  localStorage.clear();
});
afterEach(() => localStorage.clear());

describe('alerts', () => {
  it('are off by default, and once on announce an urgent request that had to queue', async () => {
    emptyBoardHandlers();
    await renderApp('/board');
    const toggle = screen.getByRole('button', { name: /Alerts off/ });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    const socket = sockets[0]!;
    act(() => socket.serverSends('ready', { epoch: 'e', seq: 0, replayed: 0 }));
    const urgent = (seq: number) => ({
      seq,
      prev: seq - 1,
      committedAt: '',
      type: 'request.updated',
      payload: makeRequest({ workOrderNumber: `WO-${seq}`, priority: 'urgent', status: 'queued' }),
    });
    act(() => socket.serverSends('event', urgent(1)));
    expect(screen.queryByText('Urgent request queued for WO-1')).not.toBeInTheDocument();

    await userEvent.click(toggle);
    expect(screen.getByRole('button', { name: /Alerts on/ })).toHaveAttribute('aria-pressed', 'true');
    act(() => socket.serverSends('event', urgent(2)));
    expect(await screen.findByText('Urgent request queued for WO-2')).toBeInTheDocument();
    expect(localStorage.getItem('dispatch.alerts')).toBe('on');
  });
});
