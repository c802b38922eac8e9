import { describe, expect, it } from 'vitest';
import type { TenantUser } from '#src/auth/tenant-user';
import { AppError } from '#src/kernel/problems';
import { feedFor } from './realtime.auth';
import { coverageFor, type BacklogSnapshot } from './realtime.backlog';
import {
  feedsOf,
  isChannelMessage,
  realtimeKeys,
  tenantOfChannel,
  type ChannelMessage,
} from './realtime.events';

const user = (roles: TenantUser['roles'], region?: string): TenantUser => ({
  sub: 'sub-1',
  name: 'U',
  roles,
  region,
  mfa: true,
});
const noDriver = async () => undefined;

describe('feeds', () => {
  it('sends every event to unlimited staff, and region or driver events also to those feeds', () => {
    expect(feedsOf({ type: 'queue.updated', payload: {} })).toEqual(['all']);
    expect(feedsOf({ type: 'equipment.updated', payload: {}, audience: { region: 'north' } })).toEqual([
      'all',
      'region:north',
    ]);
    expect(
      feedsOf({
        type: 'assignment.updated',
        payload: {},
        audience: { region: 'north', regions: ['north', 'south', null], driverId: 'd-1' },
      }),
    ).toEqual(['all', 'region:north', 'region:south', 'driver:d-1']);
  });

  it('gives each user exactly one feed: staff by region, a pure driver by their driver record', async () => {
    expect(await feedFor(user(['admin']), noDriver)).toBe('all');
    expect(await feedFor(user(['dispatcher']), noDriver)).toBe('all');
    expect(await feedFor(user(['viewer'], 'south'), noDriver)).toBe('region:south');
    expect(await feedFor(user(['dispatcher', 'driver'], 'north'), noDriver)).toBe('region:north');
    expect(await feedFor(user(['driver']), async (sub) => `driver-of-${sub}`)).toBe('driver:driver-of-sub-1');
  });

  it('refuses users with no role that may follow anything, and drivers linked to no driver', async () => {
    await expect(feedFor(user([]), noDriver)).rejects.toMatchObject({ type: 'role-required' });
    await expect(feedFor(user(['driver']), noDriver)).rejects.toBeInstanceOf(AppError);
    await expect(feedFor(user(['driver']), noDriver)).rejects.toMatchObject({ type: 'driver-not-linked' });
  });
});

const message = (seq: number, feeds: Record<string, number>): ChannelMessage => ({
  seq,
  epoch: 'e',
  feeds,
  event: { type: 'queue.updated', payload: {}, committedAt: '2026-01-01T00:00:00.000Z' },
});
const snapshot = (messages: ChannelMessage[], feedLast = 0): BacklogSnapshot => ({
  epoch: 'e',
  head: messages.at(-1)?.seq ?? feedLast,
  feedLast,
  messages,
});

describe('replay coverage', () => {
  it('replays when the backlog starts right after the position', () => {
    const backlog = snapshot([message(5, { all: 4 }), message(6, { all: 5 })]);
    expect(coverageFor(backlog, 4, 'all')).toEqual({ covered: true, events: backlog.messages });
  });

  it('resyncs when events of the feed were trimmed after the position', () => {
    expect(coverageFor(snapshot([message(9, { all: 8 })]), 4, 'all')).toEqual({ covered: false });
  });

  it('still replays a filtered feed when only other feeds were trimmed, as its links show', () => {
    const backlog = snapshot([message(9, { all: 8, 'region:south': 3 }), message(10, { all: 9 })]);
    expect(coverageFor(backlog, 4, 'region:south')).toEqual({ covered: true, events: [backlog.messages[0]] });
    expect(coverageFor(snapshot([], 3), 4, 'region:south')).toEqual({ covered: true, events: [] });
    expect(coverageFor(snapshot([], 7), 4, 'region:south')).toEqual({ covered: false });
  });
});

describe('channel messages', () => {
  it('accepts only what the publish script writes, on the tenant channels', () => {
    expect(isChannelMessage(message(1, { all: 0 }))).toBe(true);
    expect(isChannelMessage({ tenantId: 't', seq: 1, at: 'x', type: 'queue.updated' })).toBe(false);
    expect(isChannelMessage(null)).toBe(false);
    expect(tenantOfChannel(realtimeKeys('abc').channel)).toBe('abc');
    expect(tenantOfChannel('dispatch:socket.io#/#')).toBeUndefined();
  });
});
