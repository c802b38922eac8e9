import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A small round-robin HTTP load balancer for the rolling-restart scenario: the stand-in for the ingress and the
 * Service's endpoints. A backend leaves the rotation before its replica gets SIGTERM (as Kubernetes removes a
 * terminating pod from the endpoints) and joins once it is ready. Each request opens its own upstream connection,
 * so no request is written onto a keep-alive connection the backend is closing; nothing is retried: an upstream
 * error is a 502 the client sees.
 */
export class RoundRobinProxy {
  private readonly backends: URL[] = [];
  private next = 0;
  private server?: Server;
  /** Requests answered 502 because the upstream failed. */
  upstreamErrors = 0;
  /** Those failures by cause (the error's code, or its message), so a report says what went wrong. */
  readonly upstreamErrorCauses = new Map<string, number>();

  private failed(cause: string): void {
    this.upstreamErrors += 1;
    this.upstreamErrorCauses.set(cause, (this.upstreamErrorCauses.get(cause) ?? 0) + 1);
  }

  add(url: string): void {
    this.backends.push(new URL(url));
  }

  remove(url: string): void {
    const index = this.backends.findIndex((backend) => backend.href === new URL(url).href);
    if (index >= 0) this.backends.splice(index, 1);
  }

  async listen(): Promise<string> {
    this.server = createServer((incoming, outgoing) => {
      const backend = this.backends[this.next++ % Math.max(1, this.backends.length)];
      if (!backend) {
        this.failed('no backend');
        outgoing.writeHead(502).end('no backend');
        return;
      }
      const upstream = request(
        {
          host: backend.hostname,
          port: backend.port,
          method: incoming.method,
          path: incoming.url,
          headers: { ...incoming.headers, connection: 'close' },
          agent: false,
        },
        (answer) => {
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(outgoing);
        },
      );
      upstream.on('error', (error: NodeJS.ErrnoException) => {
        this.failed(`${error.code ?? error.message} (${headersSentLabel(outgoing.headersSent)})`);
        if (!outgoing.headersSent) outgoing.writeHead(502).end(`upstream: ${error.message}`);
        else outgoing.destroy(error);
      });
      incoming.pipe(upstream);
    });
    this.server.keepAliveTimeout = 60_000;
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve) ?? resolve(undefined));
  }
}

const headersSentLabel = (sent: boolean) => (sent ? 'after the answer began' : 'before an answer');
