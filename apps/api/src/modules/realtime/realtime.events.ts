/**
 * What the realtime layer carries: the event types of spec/realtime.md, who may see each one (feeds), and the
 * shapes that travel through Redis and over the socket.
 */

import type { DomainEvent, DomainEventType } from '#src/kernel/events';

/** The realtime layer carries the kernel's domain events as they are. */
export { DOMAIN_EVENT_TYPES as REALTIME_EVENT_TYPES, type EventAudience } from '#src/kernel/events';
export type RealtimeEventType = DomainEventType;
export type RealtimeEvent = DomainEvent;

/**
 * A feed is what one socket follows; each socket follows exactly one, so routing is exact and a socket never
 * gets an event twice:
 * - `all`: unlimited staff (admins, dispatchers and viewers without a region) — every event;
 * - `region:<r>`: region-limited staff — events of region r;
 * - `driver:<driverId>`: a driver who is nothing else — events addressed to their driver record.
 */
export type Feed = 'all' | `region:${string}` | `driver:${string}`;

export function feedsOf(event: RealtimeEvent): Feed[] {
  const feeds = new Set<Feed>(['all']);
  const { region, regions = [], driverId } = event.audience ?? {};
  for (const name of [region, ...regions]) if (name) feeds.add(`region:${name}`);
  if (driverId) feeds.add(`driver:${driverId}`);
  return [...feeds];
}

/** What a client receives for each event, in order. `prev` is the previous event of the same feed (0: none). */
export interface EventEnvelope {
  seq: number;
  prev: number;
  committedAt: string;
  type: RealtimeEventType;
  payload: unknown;
}

/**
 * What the publish script appends to the backlog and publishes on the tenant's channel: the tenant-wide
 * sequence number, the epoch it belongs to, and for each feed the event goes to, that feed's previous event.
 */
export interface ChannelMessage {
  seq: number;
  epoch: string;
  feeds: Record<string, number>;
  event: { type: RealtimeEventType; payload: unknown; committedAt: string };
}

export function envelopeFor(message: ChannelMessage, feed: string): EventEnvelope {
  return {
    seq: message.seq,
    prev: message.feeds[feed] ?? 0,
    committedAt: message.event.committedAt,
    type: message.event.type,
    payload: message.event.payload,
  };
}

/** Socket.IO rooms. Clients never name rooms: the server puts each socket in its tenant's room and its feed's. */
export const tenantRoom = (tenantId: string) => `tenant:${tenantId}`;
export const feedRoom = (tenantId: string, feed: Feed | string) => `tenant:${tenantId}:${feed}`;
export const userRoom = (tenantId: string, sub: string) => `tenant:${tenantId}:user:${sub}`;

/** Redis names: one hash tag per tenant, so the keys and the channel live on one shard of a Redis Cluster. */
export const realtimeKeys = (tenantId: string) => ({
  /** Sequence number and epoch (hash). */
  meta: `dispatch:{t:${tenantId}}:events:meta`,
  /** The capped backlog (stream, entry id `<seq>-0`). */
  backlog: `dispatch:{t:${tenantId}}:events`,
  /** Last sequence number per feed (hash). */
  feeds: `dispatch:{t:${tenantId}}:events:feeds`,
  /** Sharded pub/sub channel every replica with a socket of this tenant subscribes to. */
  channel: `dispatch:{t:${tenantId}}:events`,
});

export const CHANNEL_PREFIX = 'dispatch:{t:';
export const CHANNEL_SUFFIX = '}:events';

/** Whether a channel message is one the publish script wrote (anything else on the channel is dropped). */
export function isChannelMessage(value: unknown): value is ChannelMessage {
  const message = value as ChannelMessage | null;
  return (
    typeof message === 'object' &&
    message !== null &&
    Number.isSafeInteger(message.seq) &&
    typeof message.epoch === 'string' &&
    typeof message.feeds === 'object' &&
    message.feeds !== null &&
    typeof message.event === 'object' &&
    message.event !== null
  );
}

/** The tenant id of a realtime channel name, or undefined for any other channel. */
export function tenantOfChannel(channel: string): string | undefined {
  if (!channel.startsWith(CHANNEL_PREFIX) || !channel.endsWith(CHANNEL_SUFFIX)) return undefined;
  return channel.slice(CHANNEL_PREFIX.length, -CHANNEL_SUFFIX.length);
}

/** Server-to-client events (the socket protocol, see docs/realtime.md). */
export interface ServerToClientEvents {
  event(envelope: EventEnvelope): void;
  /** Live from here on: `seq` is the last sequence number the client now has (of `epoch`). */
  ready(info: { epoch: string | null; seq: number; replayed: number }): void;
  /** The client cannot be brought up to date by replay: it refetches what it shows, then carries on from `seq`. */
  resync(info: { epoch: string | null; seq: number; reason: ResyncReason }): void;
  /** Sent just before the server ends the connection on purpose; the client must not reconnect as it was. */
  'session.ended'(info: { reason: SessionEndReason }): void;
}

export type ResyncReason = 'backlog-exceeded' | 'epoch-changed' | 'unknown-position';
export type SessionEndReason =
  'token-expired' | 'session-expired' | 'tenant-suspended' | 'signed-out' | 'access-changed';

/** Clients send nothing the server listens to: there is no join, no subscribe, nothing. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ClientToServerEvents {}
