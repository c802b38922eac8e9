/**
 * Socket.IO clients for the realtime scenario, in a child process (their own event loop, like the HTTP load
 * generator). Holds groups of sockets, records when each event reaches each socket, and reports per side.
 *
 * Latency of one delivery = arrival (wall clock, sub-millisecond) − `committedAt` of the event (wall clock of
 * the server at commit, millisecond resolution): both clocks are this machine's.
 */
import { Agent } from 'node:http';
import type { LookupFunction } from 'node:net';
import { performance } from 'node:perf_hooks';
import { io, type Socket } from 'socket.io-client';

export type SocketCommand =
  | { type: 'connect'; group: string; url: string; tokens: string[] }
  /** Whether deliveries count from now on (each counts for its socket's group); off during warm-up. */
  | { type: 'record'; on: boolean }
  | { type: 'report' }
  | { type: 'disconnect'; group: string };

export interface SideReport {
  /** One latency per delivery, ms. */
  deliveries: number[];
  /** Per event: latency until the last socket that got it, ms. */
  lastSocket: number[];
  /** Per event: how many sockets got it. */
  reach: number[];
  /** Deliveries whose sequence number was not the previous one + 1 on that socket (gaps or repeats). */
  outOfOrder: number;
}

export type SocketReply =
  | { type: 'connected'; group: string; ok: number; failed: number; ms: number; firstError?: string }
  /** Per group. */
  | { type: 'report'; sides: Record<string, SideReport> }
  | { type: 'disconnected'; group: string }
  | { type: 'error'; message: string };

interface Envelope {
  seq: number;
  committedAt: string;
}

const send = (reply: SocketReply) => process.send?.(reply);
const now = () => performance.timeOrigin + performance.now();

const loopback: LookupFunction = (_hostname, options, callback) => {
  if (options.all) {
    (callback as (error: null, addresses: Array<{ address: string; family: number }>) => void)(null, [
      { address: '127.0.0.1', family: 4 },
    ]);
  } else callback(null, '127.0.0.1', 4);
};
/** Tenant host names (`acme.dispatch.test`) resolve to loopback: the Host header names the tenant, as in production. */
const agent = new Agent({ lookup: loopback, keepAlive: false });

const groups = new Map<string, Socket[]>();
let recording = false;
const sides = new Map<
  string,
  { deliveries: number[]; events: Map<number, { last: number; reach: number }>; outOfOrder: number }
>();
const lastSeq = new WeakMap<Socket, number>();

function onEvent(group: string, socket: Socket, envelope: Envelope) {
  const arrived = now();
  const previous = lastSeq.get(socket);
  lastSeq.set(socket, envelope.seq);
  if (!recording) return;
  let side = sides.get(group);
  if (!side) sides.set(group, (side = { deliveries: [], events: new Map(), outOfOrder: 0 }));
  const latency = arrived - Date.parse(envelope.committedAt);
  side.deliveries.push(latency);
  const event = side.events.get(envelope.seq) ?? { last: 0, reach: 0 };
  event.last = Math.max(event.last, latency);
  event.reach += 1;
  side.events.set(envelope.seq, event);
  if (previous !== undefined && envelope.seq !== previous + 1) side.outOfOrder += 1;
}

async function connect(group: string, url: string, tokens: string[]) {
  const started = now();
  let failed = 0;
  let firstError: string | undefined;
  const sockets: Socket[] = [];
  // In batches, as a crowd of browsers would arrive: the server sees a burst, not 1,000 handshakes at once.
  for (let i = 0; i < tokens.length; i += 50) {
    const batch = tokens.slice(i, i + 50).map(
      (token) =>
        new Promise<void>((resolve) => {
          const socket = io(url, {
            transports: ['websocket'],
            agent: agent as unknown as string,
            reconnection: false,
            auth: { token },
          });
          socket.on('event', (envelope: Envelope) => onEvent(group, socket, envelope));
          socket.once('ready', () => {
            sockets.push(socket);
            resolve();
          });
          socket.once('connect_error', (error) => {
            failed += 1;
            firstError ??= error.message;
            socket.close();
            resolve();
          });
        }),
    );
    await Promise.all(batch);
  }
  groups.set(group, [...(groups.get(group) ?? []), ...sockets]);
  send({ type: 'connected', group, ok: sockets.length, failed, ms: now() - started, firstError });
}

function report() {
  const out: Record<string, SideReport> = {};
  for (const [name, side] of sides) {
    const events = [...side.events.values()];
    out[name] = {
      deliveries: side.deliveries,
      lastSocket: events.map((event) => event.last),
      reach: events.map((event) => event.reach),
      outOfOrder: side.outOfOrder,
    };
  }
  send({ type: 'report', sides: out });
}

process.on('message', (command: SocketCommand) => {
  try {
    if (command.type === 'connect') void connect(command.group, command.url, command.tokens);
    else if (command.type === 'record') recording = command.on;
    else if (command.type === 'report') report();
    else if (command.type === 'disconnect') {
      for (const socket of groups.get(command.group) ?? []) socket.close();
      groups.delete(command.group);
      send({ type: 'disconnected', group: command.group });
    }
  } catch (error) {
    send({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
});
process.on('disconnect', () => process.exit(0));
