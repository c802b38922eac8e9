import fp from 'fastify-plugin';
import type { Redis } from 'ioredis';
import type { FastifyRequest, RouteOptions } from 'fastify';
import { realtimeKeys } from './realtime.events';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * A list the live board shows: its 200 answer carries the tenant's realtime position (`x-tenant-seq`,
     * `x-tenant-epoch`), read before the list's query runs. An event with a higher sequence number may or may
     * not be in the snapshot (the client applies it again, idempotently); every event at or below it is.
     */
    tenantSeq?: boolean;
  }
  interface FastifyRequest {
    /**
     * On `config.tenantSeq` routes: the tenant's realtime position read before the handler ran (what the
     * headers report); undefined when Redis could not be asked.
     */
    tenantPosition?: TenantPosition;
  }
}

export const TENANT_SEQ_HEADER = 'x-tenant-seq';
export const TENANT_EPOCH_HEADER = 'x-tenant-epoch';

export interface TenantPosition {
  /** null: the tenant has published nothing yet (or Redis lost its events and none came since). */
  epoch: string | null;
  seq: number;
}

/** The tenant's current realtime position, from the backlog's meta hash the publish script advances. */
export async function tenantPosition(redis: Redis, tenantId: string): Promise<TenantPosition> {
  const [epoch, seq] = await redis.hmget(realtimeKeys(tenantId).meta, 'epoch', 'seq');
  return { epoch: epoch || null, seq: Number(seq ?? 0) };
}

const positionHeaders = {
  [TENANT_SEQ_HEADER]: {
    type: 'integer',
    description:
      "The tenant's realtime sequence number when this list was read: events up to it are reflected here; " +
      'continue applying events after it',
  },
  [TENANT_EPOCH_HEADER]: {
    type: 'string',
    description: 'The epoch the sequence number belongs to (absent before the tenant published any event)',
  },
};

function declareHeaders(route: RouteOptions): void {
  const response = route.schema?.response as Record<string, object> | undefined;
  const ok = response?.[200] as { headers?: object } | undefined;
  if (!response || !ok) return;
  response[200] = { ...ok, headers: { ...ok.headers, ...positionHeaders } };
}

/**
 * Wires `config.tenantSeq` routes: a preHandler (after access control resolved the tenant, before the
 * handler's query) sets the position headers, and the route's OpenAPI 200 response declares them.
 */
export const tenantSeqPlugin = fp(
  async (app) => {
    const stamp = async (
      request: FastifyRequest,
      reply: { header(name: string, value: string): unknown },
    ) => {
      if (!request.tenant) return;
      let position: TenantPosition;
      try {
        position = await tenantPosition(app.redis, request.tenant.id);
      } catch (error) {
        // Postgres holds the answer; without Redis it goes out without a position (clients then refetch on the
        // next event rather than skip any).
        request.log.warn({ err: error }, 'realtime position unavailable; answering without it');
        return;
      }
      request.tenantPosition = position;
      reply.header(TENANT_SEQ_HEADER, String(position.seq));
      if (position.epoch) reply.header(TENANT_EPOCH_HEADER, position.epoch);
    };
    app.addHook('onRoute', (route) => {
      if (!route.config?.tenantSeq) return;
      declareHeaders(route);
      route.preHandler = [stamp, ...[route.preHandler ?? []].flat()];
    });
  },
  { name: 'tenant-seq', dependencies: ['redis'] },
);
