import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { Server } from 'socket.io';
import type { BenchContext, Scenario } from '../lib/context';
import { format, type ScenarioRecorder } from '../lib/results';
import { startApi } from '../lib/servers';
import { call, closeWriters, drive, portOf, sleep, SocketLoad } from '../lib/socket-load';
import type { SideReport } from '../lib/socket-load-worker';
import { summarize, type Summary } from '../lib/stats';
import { ensureTenants } from '../lib/tenant-reads';
import { spawnReplica } from '@dispatch/api/testing';
import { API_AUDIENCE } from '../lib/tenants';

/** Dispatcher sockets held during the latency runs: half on each replica, and as many on B4. */
const CLIENTS = 200;
/** Committed changes per second while measuring (each reaches every socket). */
const RATE = 50;
/** Writes in flight at most; spread over this many equipment rows so they do not queue on one row lock. */
const IN_FLIGHT = 8;
const ROWS = 10;
/** Idle sockets added to one replica to measure memory per socket. */
const IDLE_SOCKETS = 1000;

const TARGET_P95_MS = 50;
const TARGET_P99_MS = 200;
const TARGET_OVER_B4_MS = 10;
const TARGET_KIB_PER_SOCKET = 50;

function recordSide(
  out: ScenarioRecorder,
  prefix: string,
  label: string,
  report: SideReport | undefined,
): Summary | null {
  if (!report || report.deliveries.length === 0) return null;
  const deliveries = summarize(report.deliveries);
  const last = summarize(report.lastSocket);
  out.figure(`${prefix}p50`, `${label}: commit to socket p50`, deliveries.p50, 'ms');
  out.figure(`${prefix}p95`, `${label}: commit to socket p95`, deliveries.p95, 'ms');
  out.figure(`${prefix}p99`, `${label}: commit to socket p99`, deliveries.p99, 'ms');
  out.figure(`${prefix}max`, `${label}: commit to socket max`, deliveries.max, 'ms');
  out.figure(`${prefix}lastP95`, `${label}: commit to the last socket of each event, p95`, last.p95, 'ms');
  out.figure(`${prefix}lastP99`, `${label}: commit to the last socket of each event, p99`, last.p99, 'ms');
  return deliveries;
}

async function rssOf(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kib = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1];
  if (!kib) throw new Error(`no VmRSS for ${pid}`);
  return Number(kib);
}

/**
 * Memory per idle socket, measured on a replica of its own: the real API entrypoint in a fresh child process,
 * so nothing else this benchmark allocated or freed moves the figure. RSS growth of that process when
 * IDLE_SOCKETS connect, divided by their number (after a warm-up connection so lazily loaded code is not counted).
 */
async function measureMemory(
  ctx: BenchContext,
  out: ScenarioRecorder,
  load: SocketLoad,
  tenant: { host: string; token: string },
) {
  const replica = await spawnReplica(ctx.apiConfig);
  try {
    const url = `http://${tenant.host}:${replica.port}`;
    await load.ask({ type: 'connect', group: 'warm-up', url, tokens: [tenant.token] }, 'connected');
    await load.ask({ type: 'disconnect', group: 'warm-up' }, 'disconnected');
    await sleep(1000);
    const before = await rssOf(replica.child.pid!);
    ctx.progress.tick(`connecting ${IDLE_SOCKETS} idle sockets to a replica of their own`);
    const connected = await load.ask(
      {
        type: 'connect',
        group: 'idle',
        url,
        tokens: Array.from({ length: IDLE_SOCKETS }, () => tenant.token),
      },
      'connected',
    );
    await sleep(2000);
    const after = await rssOf(replica.child.pid!);
    ctx.progress.clearTick();
    const kibPerSocket = (after - before) / Math.max(1, connected.ok);
    out.figure(
      'rssPerSocket',
      'memory per idle socket (RSS growth of a dedicated replica)',
      kibPerSocket,
      'KiB',
    );
    out.check({
      label: 'memory per idle socket',
      target: `≤ ${TARGET_KIB_PER_SOCKET} KB`,
      measured: `${format(kibPerSocket, 'KiB')} RSS (${connected.ok} sockets on a dedicated replica, ${connected.failed} refused)`,
      pass: connected.failed === 0 && connected.ok > 0 && kibPerSocket <= TARGET_KIB_PER_SOCKET,
      kind: 'target',
    });
    await load.ask({ type: 'disconnect', group: 'idle' }, 'disconnected');
  } finally {
    await replica.stop();
  }
}

export const realtime: Scenario = {
  id: 'realtime',
  title: `Realtime: commit to socket, ${CLIENTS} sockets over 2 replicas, next to B4`,
  method:
    `Two API replicas (\`buildApp\`, production configuration, each on its own port, one Redis) run in the ` +
    `benchmark process; ${CLIENTS} dispatcher sockets of one tenant (websocket, token in the handshake) connect ` +
    `from a child process, half to each replica. Writes through the real route (\`PATCH /api/equipment/:id\`, ` +
    `tenant transaction, audit, commit, then the publish script and the tenant's sharded channel) go to both ` +
    `replicas alternately, ${RATE} per second, each reaching every socket. B4 is one bare Socket.IO server without ` +
    `an adapter broadcasting an event of the same size to ${CLIENTS} sockets of the same client process at the ` +
    `same rate. Latency is the arrival time at the socket minus the event's commit time (the server's clock at ` +
    `COMMIT, millisecond resolution; B4 stamps its emit the same way), over every delivery; the two sides are ` +
    `measured in ABBA slices after a warm-up. Memory per idle socket: ${IDLE_SOCKETS} sockets connect to a ` +
    `replica of their own (the real API entrypoint in a fresh child process); its RSS growth divided by their number.`,
  async run(ctx, out) {
    const [tenant] = await ensureTenants(ctx, out, 1);
    if (!tenant) throw new Error('no tenant');
    const admin = await ctx.issuers.sign(tenant.slug, {
      sub: 'bench-rt-admin',
      aud: API_AUDIENCE,
      realm_access: { roles: ['dispatch-admin'] },
      amr: ['pwd', 'otp'],
    });
    const replicas = [await startApi(ctx.apiConfig), await startApi(ctx.apiConfig)];
    const b4Http: HttpServer = createServer();
    const b4 = new Server(b4Http, { serveClient: false });
    // Says `ready` like the API, so the clients treat both the same way.
    b4.on('connection', (socket) => socket.emit('ready', { epoch: null, seq: 0, replayed: 0 }));
    await new Promise<void>((resolve) => b4Http.listen(0, '127.0.0.1', resolve));
    const load = new SocketLoad();
    try {
      const ports = replicas.map((replica) => portOf(replica.url));
      // Equipment to change: the writes spread over ROWS rows.
      const types = await call(ports[0]!, tenant, admin, 'GET', '/api/equipment-types?limit=1');
      const typeId = (JSON.parse(types.body) as { items: Array<{ id: string }> }).items[0]?.id;
      if (!typeId) throw new Error(`no equipment type: ${types.status} ${types.body.slice(0, 200)}`);
      const rows: string[] = [];
      let sample: unknown;
      for (let i = 0; i < ROWS; i++) {
        const created = await call(ports[0]!, tenant, admin, 'POST', '/api/equipment', {
          identifier: `BENCH-RT-${i + 1}`,
          typeId,
          region: 'north',
        });
        if (created.status !== 201)
          throw new Error(`equipment: ${created.status} ${created.body.slice(0, 300)}`);
        sample = JSON.parse(created.body);
        rows.push((sample as { id: string }).id);
      }

      await measureMemory(ctx, out, load, tenant);

      const half = CLIENTS / 2;
      const tokens = (n: number) => Array.from({ length: n }, () => tenant.token);
      // One group at a time: each answer names the group it is about, but only one is ever pending.
      const b4Url = `http://127.0.0.1:${(b4Http.address() as AddressInfo).port}`;
      const connections = [
        await load.ask(
          {
            type: 'connect',
            group: 'realtime',
            url: `http://${tenant.host}:${ports[0]}`,
            tokens: tokens(half),
          },
          'connected',
        ),
        await load.ask(
          {
            type: 'connect',
            group: 'realtime',
            url: `http://${tenant.host}:${ports[1]}`,
            tokens: tokens(half),
          },
          'connected',
        ),
        await load.ask({ type: 'connect', group: 'b4', url: b4Url, tokens: tokens(CLIENTS) }, 'connected'),
      ];
      const refused = connections.reduce((sum, connection) => sum + connection.failed, 0);
      if (refused > 0)
        throw new Error(`${refused} sockets refused: ${connections.find((c) => c.firstError)?.firstError}`);

      let written = 0;
      let failedWrites = 0;
      let b4Seq = 0;
      const realtimeSide = async (seconds: number) =>
        drive(seconds, RATE, IN_FLIGHT, async (n) => {
          const response = await call(
            ports[n % 2]!,
            tenant,
            admin,
            'PATCH',
            `/api/equipment/${rows[n % ROWS]}`,
            {
              notes: `bench ${n}`,
            },
          );
          if (response.status === 200) written += 1;
          else failedWrites += 1;
        });
      const b4Side = async (seconds: number) =>
        drive(seconds, RATE, IN_FLIGHT, () => {
          b4Seq += 1;
          b4.emit('event', {
            seq: b4Seq,
            prev: b4Seq - 1,
            committedAt: new Date().toISOString(),
            type: 'equipment.updated',
            payload: sample,
          });
        });

      const warm = Math.min(ctx.settings.warmupS, 3);
      ctx.progress.tick('realtime warm-up');
      await realtimeSide(warm);
      await b4Side(warm);
      await sleep(500);
      written = 0;
      failedWrites = 0;
      const b4Before = b4Seq;
      load.tell({ type: 'record', on: true });
      const slice = ctx.settings.durationS / 2;
      const order: Array<'b4' | 'realtime'> = ['b4', 'realtime', 'realtime', 'b4'];
      for (const [index, side] of order.entries()) {
        ctx.progress.tick(`realtime: ${side} slice ${index + 1}/${order.length}`);
        await (side === 'b4' ? b4Side(slice) : realtimeSide(slice));
      }
      await sleep(1000);
      load.tell({ type: 'record', on: false });
      const { sides } = await load.ask({ type: 'report' }, 'report');
      ctx.progress.clearTick();

      const rt = recordSide(out, '', 'realtime, 2 replicas', sides.realtime);
      const base = recordSide(out, 'b4', 'B4', sides.b4);
      const b4Events = b4Seq - b4Before;
      out.figure('events', 'events committed while measuring', written, '');
      out.figure(
        'eventsPerS',
        'events per second while measuring',
        written / ctx.settings.durationS,
        'req/s',
      );

      const complete = (report: SideReport | undefined, events: number) =>
        report
          ? report.reach.filter((reach) => reach === CLIENTS).length === events &&
            report.deliveries.length === events * CLIENTS
          : false;
      out.check({
        label: 'every committed event reached every socket, in order',
        target: `${CLIENTS} deliveries per event, consecutive sequence numbers, 0 failed writes`,
        measured:
          `realtime: ${sides.realtime?.deliveries.length ?? 0} deliveries of ${written} events, ` +
          `${sides.realtime?.outOfOrder ?? 0} out of order, ${failedWrites} failed writes; ` +
          `B4: ${sides.b4?.deliveries.length ?? 0} of ${b4Events} events`,
        pass:
          complete(sides.realtime, written) &&
          sides.realtime?.outOfOrder === 0 &&
          failedWrites === 0 &&
          complete(sides.b4, b4Events),
        kind: 'validity',
      });
      out.check({
        label: 'commit to socket, 2 replicas through Redis',
        target: `p95 ≤ ${TARGET_P95_MS} ms, p99 ≤ ${TARGET_P99_MS} ms`,
        measured: rt ? `p95 ${format(rt.p95, 'ms')}, p99 ${format(rt.p99, 'ms')}` : 'n/a',
        pass: rt ? rt.p95 <= TARGET_P95_MS && rt.p99 <= TARGET_P99_MS : null,
        kind: 'target',
      });
      out.check({
        label: 'commit to socket against B4 (same run)',
        target: `p95 ≤ B4 p95 + ${TARGET_OVER_B4_MS} ms`,
        measured: rt && base ? `${format(rt.p95, 'ms')} vs B4 ${format(base.p95, 'ms')}` : 'n/a',
        pass: rt && base ? rt.p95 <= base.p95 + TARGET_OVER_B4_MS : null,
        kind: 'target',
      });
      out.note(
        `The realtime side's latency includes the publish script and Redis on the way; B4's is an in-process emit. ` +
          `Writes that took longer than 1/${RATE} s kept up to ${IN_FLIGHT} in flight; each event went to all ${CLIENTS} sockets.`,
      );
    } finally {
      load.close();
      b4.disconnectSockets(true);
      await new Promise<void>((resolve) => b4.close(() => resolve()));
      for (const replica of replicas) await replica.close();
      closeWriters();
    }
  },
};
