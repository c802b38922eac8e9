import { createHash, randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { feedsOf, realtimeKeys, type ChannelMessage, type RealtimeEvent } from './realtime.events';
import { isoTimestamp } from '#src/kernel/iso-timestamp';

/** A Lua script run by EVALSHA, loaded with EVAL the first time a server does not know it. */
class LuaScript {
  private readonly sha: string;

  constructor(private readonly source: string) {
    this.sha = createHash('sha1').update(source).digest('hex');
  }

  async run(redis: Redis, keys: string[], args: Array<string | number>): Promise<unknown> {
    try {
      return await redis.evalsha(this.sha, keys.length, ...keys, ...args);
    } catch (error) {
      if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
      return redis.eval(this.source, keys.length, ...keys, ...args);
    }
  }
}

/**
 * One atomic step per publish: take the next sequence numbers of the tenant, link each event to the previous
 * event of each feed it goes to, append it to the capped backlog and publish it on the tenant's sharded channel.
 * Publishing inside the script is what makes delivery order equal sequence order on every replica, whichever
 * replica published: Redis runs scripts one at a time and delivers a channel's messages in publish order.
 *
 * KEYS: meta, backlog, feeds. ARGV: channel, max backlog length, backlog TTL (s), epoch candidate, then for
 * each event its feeds (a JSON array) and its body (a JSON object).
 */
const PUBLISH = new LuaScript(`
local meta, backlog, feeds_key = KEYS[1], KEYS[2], KEYS[3]
local channel, maxlen, ttl, candidate = ARGV[1], ARGV[2], tonumber(ARGV[3]), ARGV[4]
local count = (#ARGV - 4) / 2
local epoch = redis.call('HGET', meta, 'epoch')
if not epoch then
  -- The tenant's first event, or Redis lost its data: a new epoch voids every position clients hold.
  redis.call('DEL', backlog, feeds_key)
  epoch = candidate
  redis.call('HSET', meta, 'epoch', epoch, 'seq', 0)
end
local last = redis.call('HINCRBY', meta, 'seq', count)
local epoch_json = cjson.encode(epoch)
for i = 0, count - 1 do
  local seq = last - count + 1 + i
  local links = {}
  for _, feed in ipairs(cjson.decode(ARGV[5 + 2 * i])) do
    local prev = redis.call('HGET', feeds_key, feed) or '0'
    redis.call('HSET', feeds_key, feed, seq)
    links[#links + 1] = cjson.encode(feed) .. ':' .. prev
  end
  local message = '{"seq":' .. seq .. ',"epoch":' .. epoch_json .. ',"feeds":{' .. table.concat(links, ',') ..
    '},"event":' .. ARGV[6 + 2 * i] .. '}'
  redis.call('XADD', backlog, 'MAXLEN', '~', maxlen, seq .. '-0', 'm', message)
  redis.call('SPUBLISH', channel, message)
end
redis.call('EXPIRE', backlog, ttl)
return {epoch, last}
`);

/**
 * A consistent snapshot for replay: the epoch, the last sequence number, the last event of one feed, and the
 * backlog after a position (at most `limit` entries; none when it is 0).
 *
 * KEYS: meta, backlog, feeds. ARGV: after (exclusive), feed ('' for none), limit.
 */
const READ = new LuaScript(`
local meta = redis.call('HMGET', KEYS[1], 'epoch', 'seq')
local feed_last = '0'
if ARGV[2] ~= '' then feed_last = redis.call('HGET', KEYS[3], ARGV[2]) or '0' end
local messages = {}
if tonumber(ARGV[3]) > 0 then
  local entries = redis.call('XRANGE', KEYS[2], (tonumber(ARGV[1]) + 1) .. '-0', '+', 'COUNT', ARGV[3])
  for i, entry in ipairs(entries) do messages[i] = entry[2][2] end
end
return {meta[1] or '', meta[2] or '0', feed_last, messages}
`);

export interface BacklogOptions {
  /** Events kept per tenant for replay (approximately: the stream is trimmed in whole nodes). */
  maxLength: number;
  /** The backlog of a tenant without events for this long is dropped (positions stay valid; see `read`). */
  ttlSeconds: number;
}

export const DEFAULT_BACKLOG: BacklogOptions = { maxLength: 1000, ttlSeconds: 3600 };

export interface PublishResult {
  epoch: string;
  /** Sequence number of the last event published. */
  seq: number;
}

/**
 * Publishes the events of one committed transaction, in order. Any process with a Redis connection may call
 * it: every replica that has sockets of the tenant receives the events from Redis, including this one.
 */
export async function publishToBacklog(
  redis: Redis,
  tenantId: string,
  events: readonly RealtimeEvent[],
  committedAt: Date,
  options: BacklogOptions = DEFAULT_BACKLOG,
): Promise<PublishResult | undefined> {
  if (events.length === 0) return undefined;
  const keys = realtimeKeys(tenantId);
  const at = isoTimestamp(committedAt);
  const args: string[] = [keys.channel, String(options.maxLength), String(options.ttlSeconds), randomUUID()];
  for (const event of events) {
    args.push(
      JSON.stringify(feedsOf(event)),
      JSON.stringify({ type: event.type, payload: event.payload ?? null, committedAt: at }),
    );
  }
  const [epoch, seq] = (await PUBLISH.run(redis, [keys.meta, keys.backlog, keys.feeds], args)) as [
    string,
    number,
  ];
  return { epoch, seq: Number(seq) };
}

export interface BacklogSnapshot {
  /** null: the tenant has never published (or Redis lost everything and nothing was published since). */
  epoch: string | null;
  head: number;
  /** Sequence number of the feed's last event (0 if none or no feed asked). */
  feedLast: number;
  /** Backlog entries after the position asked for, oldest first. */
  messages: ChannelMessage[];
}

export async function readBacklog(
  redis: Redis,
  tenantId: string,
  after: number,
  feed = '',
  limit = DEFAULT_BACKLOG.maxLength + 200,
): Promise<BacklogSnapshot> {
  const keys = realtimeKeys(tenantId);
  const [epoch, head, feedLast, messages] = (await READ.run(
    redis,
    [keys.meta, keys.backlog, keys.feeds],
    [after, feed, limit],
  )) as [string, string, string, string[]];
  return {
    epoch: epoch || null,
    head: Number(head),
    feedLast: Number(feedLast),
    messages: messages.map((raw) => JSON.parse(raw) as ChannelMessage),
  };
}

export type Coverage = { covered: true; events: ChannelMessage[] } | { covered: false };

/**
 * Whether the backlog still holds every event of `feed` after position `after`, and if so those events. It
 * does when the first event of the feed still in the backlog links back to `after` or earlier (nothing of the
 * feed was trimmed in between), or when there is none and the feed's last event is at or before `after`.
 */
export function coverageFor(snapshot: BacklogSnapshot, after: number, feed: string): Coverage {
  const events = snapshot.messages.filter((message) => message.seq > after && feed in message.feeds);
  const first = events[0];
  const covered = first ? first.feeds[feed]! <= after : snapshot.feedLast <= after;
  return covered ? { covered: true, events } : { covered: false };
}
