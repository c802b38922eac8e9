import { randomBytes } from 'node:crypto';
import fp from 'fastify-plugin';
import type { FastifyRequest } from 'fastify';
import { Server } from 'socket.io';
import { createShardedAdapter } from '@socket.io/redis-adapter';
import type { AppConfig } from '@dispatch/config';
import { AppError } from '#src/kernel/problems';
import { quitRedis } from '#src/plugins/redis';
import {
  authenticateSocket,
  handshakeError,
  handshakeRequest,
  type SocketCredential,
  type SocketIdentity,
} from './realtime.auth';
import {
  DEFAULT_BACKLOG,
  publishToBacklog,
  type BacklogOptions,
  type PublishResult,
} from './realtime.backlog';
import { handshakeClientIp, SocketsPerUser } from './realtime.limits';
import { userRoom, type Feed, type RealtimeEvent, type SessionEndReason } from './realtime.events';
import {
  TenantStreams,
  type RealtimeServer,
  type RealtimeSocket,
  type ResumePosition,
} from './realtime.streams';

export interface RealtimeOptions {
  config: AppConfig;
  backlog?: Partial<BacklogOptions>;
  /** How often a cookie-authenticated socket's session is checked again (it also is when its token lapses). */
  sessionRecheckMs?: number;
  /** How often the tenants of connected sockets are checked again even without an invalidation message. */
  tenantRecheckMs?: number;
}

export interface Realtime {
  /**
   * Publishes the events of one committed transaction, in order; call it only after COMMIT. Every replica with
   * sockets of the tenant delivers them, this one included.
   */
  publish(
    tenantId: string,
    events: readonly RealtimeEvent[],
    committedAt?: Date,
  ): Promise<PublishResult | undefined>;
  /** Ends every socket of a user on every replica (sign-out): they are told why and not reconnected. */
  disconnectUser(tenantId: string, sub: string, reason?: SessionEndReason): Promise<void>;
  /** Sockets connected to this replica. */
  localConnections(): number;
  /** Name of this replica's subscriber connection to Redis (as CLIENT LIST shows it). */
  readonly subscriberName: string;
  readonly io: RealtimeServer;
}

declare module 'fastify' {
  interface FastifyInstance {
    realtime: Realtime;
  }
}

/** What the server keeps on each socket. */
interface SocketState {
  tenantId: string;
  tenantSlug: string;
  sub: string;
  feed: Feed;
  credential: SocketCredential;
  /** The handshake, kept to check a cookie session again. */
  request: FastifyRequest;
  resume?: ResumePosition;
  timer?: NodeJS.Timeout;
}

const MAX_TIMER_MS = 2 ** 31 - 1;
const SESSION_RETRY_MS = 5_000;

function resumePosition(auth: Record<string, unknown>): ResumePosition | undefined {
  const lastSeq = auth.lastSeq;
  if (typeof lastSeq !== 'number' || !Number.isSafeInteger(lastSeq) || lastSeq < 0) return undefined;
  return { lastSeq, epoch: typeof auth.epoch === 'string' ? auth.epoch : undefined };
}

/**
 * Socket.IO on the API's own HTTP server (path `/socket.io`): authenticated handshakes, rooms chosen by the
 * server, events of committed transactions in per-tenant order with replay, graceful shutdown. Delivery runs
 * through per-tenant sharded Redis channels (TenantStreams); the sharded Redis adapter carries the rest between
 * replicas (broadcasts to rooms, disconnecting a user everywhere). docs/realtime.md explains the choices.
 */
export const realtimePlugin = fp<RealtimeOptions>(
  async (app, options) => {
    const backlog: BacklogOptions = { ...DEFAULT_BACKLOG, ...options.backlog };
    const sessionRecheckMs = options.sessionRecheckMs ?? 60_000;
    const trustProxy = options.config.http.trustProxy;
    // Named per replica, so an operator can tell the replicas' subscribers apart in CLIENT LIST.
    const subscriberName = `dispatch-api-realtime-${randomBytes(4).toString('hex')}`;
    const subscriber = app.redis.duplicate({ connectionName: subscriberName });
    subscriber.on('error', (error) => app.log.debug({ err: error }, 'realtime subscriber error'));

    const io: RealtimeServer = new Server(app.server, {
      path: '/socket.io',
      serveClient: false,
      // A new connection is refused while the replica drains: the client retries and the load balancer sends it
      // to another replica (a refusal here is a transport error, which clients retry; a middleware one is not).
      allowRequest: (_request, callback) => callback(null, !app.lifecycle.draining),
      // Several processes share the port (API_PROCESSES): each long-polling request could reach another process
      // than the one holding its session, so only websockets (one TCP connection, one process) are accepted.
      ...(options.config.http.processes > 1 ? { transports: ['websocket' as const] } : {}),
      // Clients send nothing but the handshake.
      maxHttpBufferSize: 16 * 1024,
      connectTimeout: 10_000,
      adapter: createShardedAdapter(app.redis, subscriber, {
        channelPrefix: 'dispatch:socket.io',
        // Events do not travel through the adapter (see TenantStreams), so it carries only rare messages:
        // one channel beats a Redis subscription per room (there is one per driver).
        subscriptionMode: 'static',
      }),
    });

    const metrics = app.metrics;
    const streams = new TenantStreams({
      io,
      redis: app.redis,
      subscriber,
      log: app.log,
      backlogReadLimit: backlog.maxLength + 200,
      // Commit to emit on this replica (clocks of replicas are assumed NTP-synchronised).
      onDelivered: (message) =>
        metrics.realtimeEmitLag.observe(
          Math.max(0, Date.now() - Date.parse(message.event.committedAt)) / 1000,
        ),
    });

    const end = (socket: RealtimeSocket, reason: SessionEndReason) => {
      if (!socket.connected) return;
      socket.emit('session.ended', { reason });
      socket.disconnect(true);
    };

    /** A bearer token ends the connection when it expires; a session is checked again periodically and then. */
    const schedule = (socket: RealtimeSocket) => {
      const state = socket.data as SocketState;
      clearTimeout(state.timer);
      const { credential } = state;
      const untilExpiry = credential.expiresAt - Date.now();
      if (credential.kind === 'bearer') {
        state.timer = setTimeout(
          () => end(socket, 'token-expired'),
          Math.min(Math.max(untilExpiry, 0), MAX_TIMER_MS),
        );
        return;
      }
      const delay = Math.min(Math.max(untilExpiry, 0), sessionRecheckMs);
      state.timer = setTimeout(() => void recheckSession(socket), delay);
    };

    const recheckSession = async (socket: RealtimeSocket) => {
      const state = socket.data as SocketState;
      let identity: SocketIdentity;
      try {
        identity = await authenticateSocket(app, state.request);
      } catch (error) {
        if (!socket.connected) return;
        const refused = error instanceof AppError && error.status < 500;
        if (refused || Date.now() >= state.credential.expiresAt) {
          return end(
            socket,
            error instanceof AppError && error.type === 'tenant-suspended'
              ? 'tenant-suspended'
              : 'session-expired',
          );
        }
        // The identity provider is unreachable: the token in hand holds until it lapses.
        state.timer = setTimeout(() => void recheckSession(socket), SESSION_RETRY_MS);
        return;
      }
      if (!socket.connected) return;
      if (identity.tenant.id !== state.tenantId || identity.feed !== state.feed)
        return end(socket, 'access-changed');
      state.credential = identity.credential;
      schedule(socket);
    };

    const limitsOn = app.rateLimits.enabled;
    const socketsPerUser = new SocketsPerUser(options.config.rateLimits.socketsPerUser);
    const tooManySockets = (cap: number) =>
      new AppError('too-many-sockets', `At most ${cap} connections per user; close one first`);

    io.use((socket, next) => {
      const auth = (socket.handshake.auth ?? {}) as Record<string, unknown>;
      const token = typeof auth.token === 'string' && auth.token ? auth.token : undefined;
      const request = handshakeRequest(app, socket.request, token, trustProxy);
      // Handshakes are counted per client IP before any token is read (they are anonymous until then).
      app.rateLimits
        .handshake(handshakeClientIp(socket.request, trustProxy))
        .then(() => authenticateSocket(app, request))
        .then(
          (identity) => {
            if (limitsOn && !socketsPerUser.tryOpen(identity.tenant.id, identity.user.sub)) {
              app.rateLimits.refused(identity.tenant.slug, 'sockets');
              return next(handshakeError(tooManySockets(options.config.rateLimits.socketsPerUser)));
            }
            const state: SocketState = {
              tenantId: identity.tenant.id,
              tenantSlug: identity.tenant.slug,
              sub: identity.user.sub,
              feed: identity.feed,
              credential: identity.credential,
              request,
              resume: resumePosition(auth),
            };
            socket.data = state;
            next();
          },
          (error: unknown) => {
            if (!(error instanceof AppError) || error.status >= 500) {
              app.log.warn({ err: error }, 'realtime: handshake failed');
            }
            next(handshakeError(error));
          },
        );
    });

    io.on('connection', (socket) => {
      const state = socket.data as SocketState;
      metrics.realtimeConnections.inc();
      socket.once('disconnect', () => {
        metrics.realtimeConnections.dec();
        if (limitsOn) socketsPerUser.close(state.tenantId, state.sub);
        clearTimeout(state.timer);
        streams.detach(socket, state.tenantId);
      });
      // There is deliberately no handler for anything a client sends: rooms are the server's business alone.
      void socket.join(userRoom(state.tenantId, state.sub));
      schedule(socket);
      streams.attach(socket, state.tenantId, state.feed, state.resume).catch((error: unknown) => {
        app.log.warn(
          { err: error, tenantId: state.tenantId },
          'realtime: could not attach a socket; closing it',
        );
        // A transport-level close: the client reconnects (here or elsewhere) and resumes.
        socket.conn.close();
      });
    });

    /** Ends the sockets of tenants that are suspended or gone. */
    const recheckTenants = async () => {
      for (const tenantId of streams.tenantIds()) {
        const sockets = streams.socketsOf(tenantId);
        const slug = (sockets[0]?.data as SocketState | undefined)?.tenantSlug;
        if (!slug) continue;
        try {
          const tenant = await app.tenants.bySlugCached(slug);
          if (tenant && tenant.id === tenantId && tenant.status !== 'suspended') continue;
          for (const socket of streams.socketsOf(tenantId)) end(socket, 'tenant-suspended');
        } catch (error) {
          app.log.warn({ err: error, tenantId }, 'realtime: tenant check failed');
        }
      }
    };
    app.tenants.onInvalidate(() => void recheckTenants());
    const tenantSweep = setInterval(() => void recheckTenants(), options.tenantRecheckMs ?? 30_000);
    tenantSweep.unref();

    app.decorate('realtime', {
      io,
      async publish(tenantId, events, committedAt = new Date()) {
        const result = await publishToBacklog(app.redis, tenantId, events, committedAt, backlog);
        for (const event of events) metrics.realtimeEvents.inc({ event: event.type });
        return result;
      },
      async disconnectUser(tenantId, sub, reason = 'signed-out') {
        const room = userRoom(tenantId, sub);
        io.to(room).emit('session.ended', { reason });
        io.in(room).disconnectSockets(true);
      },
      localConnections: () => io.engine.clientsCount,
      subscriberName,
    } satisfies Realtime);

    // Shutdown: close every socket at the transport level so clients reconnect at once, to another replica
    // (readiness is already 503 and new handshakes are refused while draining).
    app.addHook('preClose', async () => {
      app.lifecycle.draining = true;
      clearInterval(tenantSweep);
      streams.drain();
      io.engine.close();
    });
    app.addHook('onClose', async () => {
      // Quitting the subscriber ends its subscriptions (the adapter's and the tenants'); no unsubscribing first.
      streams.close();
      await quitRedis(subscriber);
    });
  },
  { name: 'realtime', dependencies: ['lifecycle', 'metrics', 'redis', 'tenancy', 'database', 'rate-limits'] },
);
