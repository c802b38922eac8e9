import { connect } from 'node:net';

/**
 * Sends one command over RESP and returns the first reply line (e.g. `+PONG`, `-LOADING ...`).
 * A raw socket keeps readiness probes free of client retry logic; a server that closes the
 * connection without replying (SHUTDOWN) yields ''.
 */
export function redisCommand(host: string, port: number, args: string[], timeoutMs = 2_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host, port });
    let received = '';
    const finish = (error?: Error) => {
      socket.destroy();
      if (error) reject(error);
      else resolve(received.split('\r\n')[0] ?? '');
    };
    socket.setTimeout(timeoutMs, () =>
      finish(new Error(`redis at ${host}:${port} did not answer ${args[0]}`)),
    );
    socket.once('error', finish);
    socket.on('data', (chunk) => {
      received += chunk.toString('utf8');
      if (received.includes('\r\n')) finish();
    });
    socket.once('close', () => finish());
    socket.write(
      `*${args.length}\r\n${args.map((arg) => `$${Buffer.byteLength(arg)}\r\n${arg}\r\n`).join('')}`,
    );
  });
}

/** Resolves when the server answers PING with PONG (not while it is still loading its AOF). */
export async function pingRedis(host: string, port: number): Promise<void> {
  const reply = await redisCommand(host, port, ['PING']);
  if (reply !== '+PONG') throw new Error(`redis at ${host}:${port} answered PING with ${reply || 'nothing'}`);
}
