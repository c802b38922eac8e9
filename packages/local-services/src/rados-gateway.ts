import { execFile } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { findExecutable } from './binaries';
import { findFreePort } from './ports';
import { spawnManaged, type ManagedProcess } from './processes';
import { waitUntilReady } from './wait';

const run = promisify(execFile);

/** The Debian packages that bring Ceph's S3 gateway and the smallest cluster behind it. */
export const RADOS_GATEWAY_PACKAGES = ['radosgw', 'ceph-mon', 'ceph-osd'] as const;
const TOOLS = ['ceph-mon', 'ceph-osd', 'radosgw', 'radosgw-admin', 'ceph', 'monmaptool', 'ceph-authtool'];

export interface RadosGatewayOptions {
  /** Working folder (removed on stop when it was made here). Defaults to a fresh temporary folder. */
  dir?: string;
  /** S3 listener port; a free one when unset. */
  port?: number;
  /** Seconds to wait for the gateway to answer (it creates its pools on first start: ~10 s on a quiet box). */
  timeoutMs?: number;
  /** Memory the in-memory object store may use. */
  storeBytes?: number;
}

export interface RadosGateway {
  /** http://127.0.0.1:<port>, path-style only (no DNS name is configured). */
  endpoint: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  port: number;
  dir: string;
  /** Stops the gateway, the OSD and the monitor, then removes the folder. */
  stop(): Promise<void>;
}

/** The tools needed, or undefined when one is missing (development machines without Ceph). */
export function radosGatewayBinaries(): Record<string, string> | undefined {
  const found: Record<string, string> = {};
  for (const tool of TOOLS) {
    const path = findExecutable(tool);
    if (!path) return undefined;
    found[tool] = path;
  }
  return found;
}

function requireBinaries(): Record<string, string> {
  const found = radosGatewayBinaries();
  if (!found) {
    throw new Error(
      `Ceph's S3 gateway not found: install it (apt-get install --no-install-recommends ${RADOS_GATEWAY_PACKAGES.join(' ')})`,
    );
  }
  return found;
}

/**
 * Ceph's own S3 implementation (RGW) on a one-node cluster kept in memory (memstore): one monitor, one OSD and
 * the gateway, all on 127.0.0.1. It is the real S3 server that enforces presigned POST policies, presigned GET,
 * CORS and bucket settings; nothing persists past `stop`. Without `cephx` (auth none) the messengers must be told
 * to use crc mode, or the gateway waits 300 s for a secure session that never comes.
 */
export async function startRadosGateway(options: RadosGatewayOptions = {}): Promise<RadosGateway> {
  const bin = requireBinaries();
  const ownsDir = options.dir === undefined;
  const dir = options.dir ?? (await mkdtemp(join(tmpdir(), 'dispatch-rgw-')));
  const [monPort, port] = [await findFreePort(), options.port ?? (await findFreePort())];
  const fsid = randomUUID();
  const conf = join(dir, 'ceph.conf');
  for (const sub of ['mon', 'osd', 'run', 'log', 'rgw']) await mkdir(join(dir, sub), { recursive: true });
  await writeFile(conf, cephConf({ dir, fsid, monPort, port, storeBytes: options.storeBytes }));

  const processes: ManagedProcess[] = [];
  const stop = async () => {
    for (const proc of processes.reverse()) await proc.terminate('SIGTERM', 5_000);
    if (ownsDir) await rm(dir, { recursive: true, force: true });
  };
  const tool = (name: string, args: string[]) =>
    run(bin[name]!, ['-c', conf, ...args], { timeout: 30_000, encoding: 'utf8' });
  const daemon = (name: string, args: string[]) => {
    const proc = spawnManaged(bin[name]!, ['-c', conf, '-f', ...args]);
    processes.push(proc);
    return proc;
  };

  try {
    await tool('ceph-authtool', ['--create-keyring', join(dir, 'keyring'), '--gen-key', '-n', 'mon.']);
    await run(bin.monmaptool!, [
      '--create',
      '--addv',
      'a',
      `[v2:127.0.0.1:${monPort}]`,
      '--fsid',
      fsid,
      join(dir, 'monmap'),
    ]);
    await tool('ceph-mon', ['--mkfs', '-i', 'a', '--monmap', join(dir, 'monmap')]);
    const mon = daemon('ceph-mon', ['-i', 'a']);
    const osdUuid = randomUUID();
    const osdId = await waitUntilReady(
      'ceph-mon',
      async () => (await tool('ceph', ['--connect-timeout', '5', 'osd', 'new', osdUuid])).stdout.trim(),
      { process: mon, timeoutMs: 30_000, intervalMs: 250 },
    );
    await tool('ceph-osd', ['-i', osdId, '--mkfs', '--osd-uuid', osdUuid]);
    daemon('ceph-osd', ['-i', osdId]);
    const gateway = daemon('radosgw', ['-n', 'client.rgw']);
    await waitUntilReady(
      `radosgw on port ${port}`,
      async () => {
        const response = await fetch(`http://127.0.0.1:${port}/`);
        await response.arrayBuffer();
      },
      { process: gateway, timeoutMs: options.timeoutMs ?? 120_000, intervalMs: 250 },
    );
    const accessKeyId = `DISPATCH${randomBytes(6).toString('hex').toUpperCase()}`;
    const secretAccessKey = randomBytes(24).toString('base64url');
    await tool('radosgw-admin', [
      '-n',
      'client.admin',
      'user',
      'create',
      '--uid=dispatch',
      '--display-name=Dispatch',
      `--access-key=${accessKeyId}`,
      `--secret-key=${secretAccessKey}`,
    ]);
    return {
      endpoint: `http://127.0.0.1:${port}`,
      region: 'us-east-1',
      accessKeyId,
      secretAccessKey,
      port,
      dir,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

function cephConf(input: { dir: string; fsid: string; monPort: number; port: number; storeBytes?: number }) {
  const { dir, fsid, monPort, port } = input;
  return `[global]
fsid = ${fsid}
mon host = v2:127.0.0.1:${monPort}
mon initial members = a
public addr = 127.0.0.1
ms bind msgr1 = false
# No cephx: without these the gateway waits 300 s for a secure messenger session.
auth cluster required = none
auth service required = none
auth client required = none
ms mon client mode = crc
ms client mode = crc
ms mon service mode = crc
ms service mode = crc
ms cluster mode = crc
# One OSD: pools of size one, placement not spread over hosts.
osd pool default size = 1
osd pool default min size = 1
osd pool default pg num = 8
osd pool default pgp num = 8
osd crush chooseleaf type = 0
mon allow pool size one = true
mon warn on pool no redundancy = false
mon data avail warn = 1
mon data avail crit = 1
osd objectstore = memstore
memstore device bytes = ${input.storeBytes ?? 512 * 1024 * 1024}
run dir = ${dir}/run
admin socket = ${dir}/run/$name.asok
log file = ${dir}/log/$name.log
pid file = ${dir}/run/$name.pid
keyring = ${dir}/keyring
[mon.a]
mon data = ${dir}/mon
[osd]
osd data = ${dir}/osd
[client.rgw]
rgw frontends = beast endpoint=127.0.0.1:${port}
rgw data = ${dir}/rgw
`;
}
