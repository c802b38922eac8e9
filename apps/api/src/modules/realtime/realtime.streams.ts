import type { FastifyBaseLogger } from 'fastify';
import type { Redis } from 'ioredis';
import type { Server, Socket } from 'socket.io';
import { coverageFor, readBacklog, type BacklogSnapshot } from './realtime.backlog';
import {
  envelopeFor,
  feedRoom,
  isChannelMessage,
  realtimeKeys,
  tenantOfChannel,
  tenantRoom,
  type ChannelMessage,
  type ClientToServerEvents,
  type Feed,
  type ResyncReason,
  type ServerToClientEvents,
} from './realtime.events';

export type RealtimeServer = Server<ClientToServerEvents, ServerToClientEvents>;
export type RealtimeSocket = Socket<ClientToServerEvents, ServerToClientEvents>;

/** Where a reconnecting client left off: the last sequence number it has, of which epoch. */
export interface ResumePosition {
  lastSeq: number;
  epoch?: string | null;
}

export interface AttachResult {
  replayed: number;
  resync?: ResyncReason;
}

/** A socket being brought up to date before it joins its feed's room. */
interface Replay {
  socket: RealtimeSocket;
  feed: Feed;
  after: number;
  /** Events of the feed delivered on this replica since the replay began (they may overlap the snapshot). */
  buffer: ChannelMessage[];
  snapshot?: ChannelMessage[];
  resync?: ResyncReason;
  settle(result: AttachResult): void;
  timer?: NodeJS.Timeout;
}

/** One tenant on this replica: its channel subscription and the position delivered to local sockets. */
class TenantStream {
  epoch: string | null = null;
  /** The last sequence number delivered to this replica's rooms. */
  head = 0;
  /** Epochs left behind: late messages of them are dropped. */
  readonly retired = new Set<string>();
  readonly inbox: ChannelMessage[] = [];
  /** True while initializing or recovering: messages wait in the inbox, in order. */
  busy = true;
  refs = 0;
  readonly sockets = new Set<RealtimeSocket>();
  readonly replays = new Set<Replay>();
  ready!: Promise<void>;

  constructor(readonly tenantId: string) {}
}

export interface TenantStreamsOptions {
  io: RealtimeServer;
  /** Runs the backlog scripts. */
  redis: Redis;
  /** A connection of its own, in subscriber mode. */
  subscriber: Redis;
  log: FastifyBaseLogger;
  backlogReadLimit: number;
  /** How long a reconnecting socket may wait for this replica to reach the position it holds. */
  catchUpTimeoutMs?: number;
  /** Count of events delivered to this replica's sockets (metrics). */
  onDelivered?(message: ChannelMessage): void;
}

const RETRY_MS = 500;

/**
 * Delivery on one replica. For each tenant with sockets here, it subscribes to the tenant's sharded channel and
 * hands each event to the local rooms of the feeds it goes to, strictly in sequence order. A hole in the
 * sequence (a message lost while the subscriber reconnected) is filled from the backlog before anything after
 * it goes out; if the backlog no longer has it, the tenant's sockets are told to resync. A reconnecting socket
 * is replayed what it missed, then joins its room at exactly the position delivered so far: no gap, no
 * duplicate.
 */
export class TenantStreams {
  private readonly streams = new Map<string, TenantStream>();
  private closed = false;
  private draining = false;

  constructor(private readonly options: TenantStreamsOptions) {
    options.subscriber.on('smessageBuffer', (channel: Buffer, message: Buffer) =>
      this.onMessage(channel.toString(), message),
    );
    // After a reconnect the subscriber resubscribes on its own; whatever was published meanwhile is in the backlog.
    options.subscriber.on('ready', () => {
      for (const stream of this.streams.values()) this.probe(stream);
    });
  }

  tenantIds(): string[] {
    return [...this.streams.keys()];
  }

  socketsOf(tenantId: string): RealtimeSocket[] {
    return [...(this.streams.get(tenantId)?.sockets ?? [])];
  }

  /**
   * Puts a socket in its tenant's room and, once it is up to date, its feed's room. With a resume position the
   * events of its feed after it are replayed first; `ready` (and `resync` when replay cannot help) say how it
   * went.
   */
  async attach(
    socket: RealtimeSocket,
    tenantId: string,
    feed: Feed,
    resume?: ResumePosition,
  ): Promise<AttachResult> {
    const stream = this.acquire(tenantId);
    try {
      await stream.ready;
    } catch (error) {
      this.release(stream);
      throw error;
    }
    // Gone while the tenant's stream started: its disconnect handler found nothing to detach.
    if (!socket.connected) {
      this.release(stream);
      return { replayed: 0 };
    }
    stream.sockets.add(socket);
    // Joins are synchronous with this adapter (no await): from the decision to the join nothing is delivered.
    void socket.join(tenantRoom(tenantId));
    if (!resume) return this.goLive(stream, socket, feed, { replayed: 0 });
    if (resume.epoch && resume.epoch !== stream.epoch) {
      return this.goLive(stream, socket, feed, { replayed: 0, resync: 'epoch-changed' });
    }
    if (resume.lastSeq === stream.head) return this.goLive(stream, socket, feed, { replayed: 0 });
    return this.replay(stream, socket, feed, resume.lastSeq);
  }

  /** Joins the feed's room at the position delivered so far and says so; the room brings everything after. */
  private goLive(
    stream: TenantStream,
    socket: RealtimeSocket,
    feed: Feed,
    result: AttachResult,
    resyncSent = false,
  ) {
    if (!socket.connected || !stream.sockets.has(socket)) return result;
    if (result.resync && !resyncSent) {
      socket.emit('resync', { epoch: stream.epoch, seq: stream.head, reason: result.resync });
    }
    void socket.join(feedRoom(stream.tenantId, feed));
    socket.emit('ready', { epoch: stream.epoch, seq: stream.head, replayed: result.replayed });
    return result;
  }

  detach(socket: RealtimeSocket, tenantId: string): void {
    const stream = this.streams.get(tenantId);
    if (!stream || !stream.sockets.delete(socket)) return;
    for (const replay of stream.replays) {
      if (replay.socket === socket) this.finishReplay(stream, replay, { replayed: 0 });
    }
    this.release(stream);
  }

  /**
   * The replica is shutting down and its sockets are closing: their tenants' channels stay subscribed until the
   * subscriber quits, which ends every subscription at once. Unsubscribing one by one would race that quit.
   */
  drain(): void {
    this.draining = true;
  }

  /** Stops delivering; the caller closes the subscriber connection. */
  close(): void {
    this.closed = true;
    this.streams.clear();
  }

  private acquire(tenantId: string): TenantStream {
    let stream = this.streams.get(tenantId);
    if (!stream) {
      const created = new TenantStream(tenantId);
      created.ready = this.initialize(created);
      // A failed start is reported to the attaching socket; the next one starts over.
      created.ready.catch(() => {
        if (this.streams.get(tenantId) === created) this.streams.delete(tenantId);
      });
      this.streams.set(tenantId, created);
      stream = created;
    }
    stream.refs += 1;
    return stream;
  }

  private release(stream: TenantStream): void {
    stream.refs -= 1;
    if (stream.refs > 0 || this.streams.get(stream.tenantId) !== stream) return;
    this.streams.delete(stream.tenantId);
    if (this.closed || this.draining) return;
    // Commands on one connection run in order: a later subscribe for this tenant lands after this.
    this.options.subscriber.sunsubscribe(realtimeKeys(stream.tenantId).channel).catch((error: unknown) => {
      this.options.log.warn({ err: error, tenantId: stream.tenantId }, 'realtime: unsubscribing failed');
    });
  }

  private async initialize(stream: TenantStream): Promise<void> {
    // Subscribed first, then the position read: every event after that position arrives on the channel.
    await this.options.subscriber.ssubscribe(realtimeKeys(stream.tenantId).channel);
    const snapshot = await readBacklog(this.options.redis, stream.tenantId, 0, '', 0);
    stream.epoch = snapshot.epoch;
    stream.head = snapshot.head;
    stream.busy = false;
    this.pump(stream);
  }

  private onMessage(channel: string, raw: Buffer): void {
    const tenantId = tenantOfChannel(channel);
    const stream = tenantId === undefined ? undefined : this.streams.get(tenantId);
    if (!stream) return;
    let message: unknown;
    try {
      message = JSON.parse(raw.toString());
    } catch {
      message = undefined;
    }
    if (!isChannelMessage(message)) {
      this.options.log.warn({ channel }, 'realtime: dropped a message the publish script did not write');
      return;
    }
    stream.inbox.push(message);
    this.pump(stream);
  }

  /** Delivers what is in order; stops at a hole (or a new epoch) and recovers from the backlog first. */
  private pump(stream: TenantStream): void {
    while (!stream.busy && stream.inbox.length > 0) {
      const message = stream.inbox[0]!;
      if (stream.retired.has(message.epoch)) {
        stream.inbox.shift();
        continue;
      }
      if (message.epoch !== stream.epoch || message.seq > stream.head + 1) {
        this.recover(stream);
        return;
      }
      stream.inbox.shift();
      if (message.seq === stream.head + 1) this.deliver(stream, message);
    }
  }

  /** Reads the backlog from the delivered position and catches up, or resyncs the tenant's sockets. */
  private recover(stream: TenantStream): void {
    stream.busy = true;
    readBacklog(this.options.redis, stream.tenantId, stream.head, '', this.options.backlogReadLimit)
      .then((snapshot) => {
        if (this.streams.get(stream.tenantId) !== stream) return;
        this.catchUp(stream, snapshot);
        stream.busy = false;
        this.pump(stream);
      })
      .catch((error: unknown) => {
        this.options.log.warn(
          { err: error, tenantId: stream.tenantId },
          'realtime: backlog read failed; retrying',
        );
        setTimeout(() => {
          if (!this.closed && this.streams.get(stream.tenantId) === stream) this.recover(stream);
        }, RETRY_MS).unref();
      });
  }

  private catchUp(stream: TenantStream, snapshot: BacklogSnapshot): void {
    if (snapshot.epoch !== stream.epoch && stream.epoch !== null) {
      // Redis lost the tenant's events: clients refetch, then the new epoch is delivered from its start.
      stream.retired.add(stream.epoch);
      stream.epoch = snapshot.epoch;
      stream.head = 0;
      this.resyncAll(stream, 'epoch-changed');
      return;
    }
    stream.epoch = snapshot.epoch;
    const missed = snapshot.messages.filter((message) => message.seq > stream.head);
    if (snapshot.head > stream.head && missed[0]?.seq !== stream.head + 1) {
      stream.head = snapshot.head;
      this.resyncAll(stream, 'backlog-exceeded');
      return;
    }
    for (const message of missed) if (message.seq === stream.head + 1) this.deliver(stream, message);
  }

  /** On a reconnected subscriber: anything published while it was away is read back from the backlog. */
  private probe(stream: TenantStream): void {
    if (!stream.busy) this.recover(stream);
  }

  private deliver(stream: TenantStream, message: ChannelMessage): void {
    const { io } = this.options;
    for (const feed of Object.keys(message.feeds)) {
      io.local.to(feedRoom(stream.tenantId, feed)).emit('event', envelopeFor(message, feed));
    }
    stream.head = message.seq;
    this.options.onDelivered?.(message);
    for (const replay of stream.replays) {
      if (replay.feed in message.feeds) replay.buffer.push(message);
      if (replay.snapshot && stream.head >= replay.after) this.completeReplay(stream, replay);
    }
  }

  private resyncAll(stream: TenantStream, reason: ResyncReason): void {
    this.options.io.local
      .to(tenantRoom(stream.tenantId))
      .emit('resync', { epoch: stream.epoch, seq: stream.head, reason });
    // Sockets still replaying got it too (they are in the tenant room): they skip the rest of their replay.
    for (const replay of stream.replays)
      this.finishReplay(stream, replay, { replayed: 0, resync: reason }, true);
  }

  private replay(
    stream: TenantStream,
    socket: RealtimeSocket,
    feed: Feed,
    after: number,
  ): Promise<AttachResult> {
    return new Promise<AttachResult>((resolve) => {
      const replay: Replay = { socket, feed, after, buffer: [], settle: resolve };
      stream.replays.add(replay);
      readBacklog(this.options.redis, stream.tenantId, after, feed, this.options.backlogReadLimit).then(
        (snapshot) => {
          if (!stream.replays.has(replay)) return;
          if (after > snapshot.head)
            return this.finishReplay(stream, replay, { replayed: 0, resync: 'unknown-position' });
          const coverage = coverageFor(snapshot, after, feed);
          if (!coverage.covered) {
            return this.finishReplay(stream, replay, { replayed: 0, resync: 'backlog-exceeded' });
          }
          replay.snapshot = coverage.events;
          if (stream.head >= after) return this.completeReplay(stream, replay);
          // The client saw events this replica has not delivered yet: wait for them (moments, normally).
          replay.timer = setTimeout(
            () => this.finishReplay(stream, replay, { replayed: 0, resync: 'unknown-position' }),
            this.options.catchUpTimeoutMs ?? 10_000,
          );
        },
        (error: unknown) => {
          this.options.log.warn({ err: error, tenantId: stream.tenantId }, 'realtime: replay read failed');
          this.finishReplay(stream, replay, { replayed: 0, resync: 'unknown-position' });
        },
      );
    });
  }

  /** Sends the replayed events the socket lacks, up to what this replica has delivered; its room does the rest. */
  private completeReplay(stream: TenantStream, replay: Replay): void {
    const events = new Map<number, ChannelMessage>();
    for (const message of [...replay.snapshot!, ...replay.buffer]) {
      if (message.seq > replay.after && message.seq <= stream.head) events.set(message.seq, message);
    }
    const ordered = [...events.values()].sort((a, b) => a.seq - b.seq);
    for (const message of ordered) replay.socket.emit('event', envelopeFor(message, replay.feed));
    this.finishReplay(stream, replay, { replayed: ordered.length });
  }

  private finishReplay(stream: TenantStream, replay: Replay, result: AttachResult, resyncSent = false): void {
    if (!stream.replays.delete(replay)) return;
    clearTimeout(replay.timer);
    // After a tenant-wide resync (it reached this socket through the tenant room) only the join remains.
    replay.settle(this.goLive(stream, replay.socket, replay.feed, result, resyncSent));
  }
}
