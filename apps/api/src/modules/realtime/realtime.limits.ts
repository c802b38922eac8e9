import type { IncomingMessage } from 'node:http';

/**
 * Sockets a user holds open on this replica, capped: one leaked token or a runaway tab cannot pile up
 * connections (each holds memory and a place in every fan-out). Counted per replica, so a user's total
 * across replicas is at most the cap times the replicas.
 */
export class SocketsPerUser {
  private readonly open = new Map<string, number>();

  constructor(private readonly cap: number) {}

  /** Takes a place for a new socket; false when the user already has the cap. */
  tryOpen(tenantId: string, sub: string): boolean {
    const key = `${tenantId}:${sub}`;
    const count = this.open.get(key) ?? 0;
    if (count >= this.cap) return false;
    this.open.set(key, count + 1);
    return true;
  }

  close(tenantId: string, sub: string): void {
    const key = `${tenantId}:${sub}`;
    const count = (this.open.get(key) ?? 1) - 1;
    if (count > 0) this.open.set(key, count);
    else this.open.delete(key);
  }

  count(tenantId: string, sub: string): number {
    return this.open.get(`${tenantId}:${sub}`) ?? 0;
  }
}

/** The client's address as Fastify would see it: the first X-Forwarded-For entry behind a trusted proxy. */
export function handshakeClientIp(request: IncomingMessage, trustProxy: boolean): string {
  const forwarded = request.headers['x-forwarded-for'];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
  return (trustProxy && first) || request.socket.remoteAddress || 'unknown';
}
