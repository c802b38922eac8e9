import fp from 'fastify-plugin';
import type { FastifyBaseLogger, FastifyRequest } from 'fastify';
import { sql } from 'drizzle-orm';
import { withTenantTransaction, type Pool, type TenantScope, type TenantTx } from '@dispatch/db';
import type { TenantUser } from '../auth/tenant-user';
import { appendAuditEvents, type AuditEventInput } from '../modules/audit';
import type { Realtime } from '../modules/realtime';
import type { DomainEvent } from './events';
import { isRetryable } from './db-errors';
import { timed, type Metrics } from '../plugins/metrics';

type Hook = () => unknown;

/**
 * One tenant transaction with what must happen around it: audit events (appended to the chain just before
 * COMMIT, so the per-tenant chain lock is held briefly), capacity changes (the queue is served before COMMIT,
 * in the same transaction), and effects that may only happen after COMMIT (queue acknowledgements, events).
 * Services receive it instead of `request`/`reply`.
 */
export interface UnitOfWork {
  readonly tx: TenantTx;
  readonly tenantId: string;
  readonly user: TenantUser;
  readonly requestId: string;
  readonly log: FastifyBaseLogger;
  /** Records an audit event by the current user; written in this transaction. */
  audit(event: Omit<AuditEventInput, 'actor' | 'requestId'>): void;
  /** An event to publish once the transaction has committed. */
  emit(event: DomainEvent): void;
  /** Capacity for this equipment type may have appeared: the queue is served before COMMIT. */
  capacityChanged(equipmentTypeId: string, reason: string): void;
  /** Serves the queue for the capacity changes so far, now (so a response can show the outcome). */
  flushCapacity(): Promise<void>;
  afterCommit(hook: Hook): void;
  afterRollback(hook: Hook): void;
  /** Runs `work` under a savepoint: on failure the database and everything recorded here since are undone. */
  savepoint<T>(work: () => Promise<T>): Promise<T>;
}

export type CapacityHandler = (uow: UnitOfWork, changes: Map<string, string>) => Promise<void>;

export interface WorkScope {
  tenant: TenantScope;
  user: TenantUser;
  requestId: string;
  log: FastifyBaseLogger;
}

const MAX_ATTEMPTS = 4;
const PUBLISH_WAIT_MS = 1_000;

class State {
  audits: AuditEventInput[] = [];
  events: DomainEvent[] = [];
  capacity = new Map<string, string>();
  commits: Hook[] = [];
  rollbacks: Hook[] = [];
  savepoints = 0;
}

async function runHooks(hooks: Hook[], log: FastifyBaseLogger, what: string) {
  for (const hook of hooks) {
    try {
      await hook();
    } catch (error) {
      log.warn({ err: error }, `${what} hook failed`);
    }
  }
}

export class UnitOfWorkRunner {
  private capacityHandler?: CapacityHandler;

  constructor(
    private readonly pool: Pool,
    private readonly events: Pick<Realtime, 'publish'>,
    private readonly metrics?: Pick<Metrics, 'dbQueryDuration'>,
  ) {}

  onCapacity(handler: CapacityHandler) {
    this.capacityHandler = handler;
  }

  /** The request's tenant and user; the request itself goes no further. */
  forRequest<T>(request: FastifyRequest, work: (uow: UnitOfWork) => Promise<T>): Promise<T> {
    if (!request.tenant || !request.user)
      throw new Error('unit of work on a request without tenant and user');
    return this.run(
      { tenant: request.tenant, user: request.user, requestId: request.id, log: request.log },
      work,
    );
  }

  async run<T>(scope: WorkScope, work: (uow: UnitOfWork) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      const state = new State();
      let result: T;
      try {
        result = await timed(this.metrics, 'tenant_tx', () =>
          withTenantTransaction(this.pool, scope.tenant, async (tx) => {
            const uow = this.unitOfWork(scope, tx, state);
            const value = await work(uow);
            await uow.flushCapacity();
            await appendAuditEvents(tx, state.audits);
            return value;
          }),
        );
      } catch (error) {
        await runHooks(state.rollbacks, scope.log, 'after-rollback');
        if (attempt < MAX_ATTEMPTS && isRetryable(error)) {
          scope.log.debug({ err: error, attempt }, 'unit of work raced a concurrent transaction; retrying');
          continue;
        }
        throw error;
      }
      const committedAt = new Date();
      await runHooks(state.commits, scope.log, 'after-commit');
      if (state.events.length > 0) {
        const published = this.events
          .publish(scope.tenant.id, state.events, committedAt)
          .catch((error: unknown) => scope.log.warn({ err: error }, 'publishing events failed'));
        // Events are a push, not the record: an answer waits for them at most a moment (Redis may be away).
        await Promise.race([
          published,
          new Promise((resolve) => setTimeout(resolve, PUBLISH_WAIT_MS).unref()),
        ]);
      }
      return result;
    }
  }

  private unitOfWork(scope: WorkScope, tx: TenantTx, state: State): UnitOfWork {
    const uow: UnitOfWork = {
      tx,
      tenantId: scope.tenant.id,
      user: scope.user,
      requestId: scope.requestId,
      log: scope.log,
      audit: (event) =>
        state.audits.push({
          ...event,
          actor: { sub: scope.user.sub, name: scope.user.name },
          requestId: scope.requestId,
        }),
      emit: (event) => state.events.push(event),
      capacityChanged: (typeId, reason) => {
        if (!state.capacity.has(typeId)) state.capacity.set(typeId, reason);
      },
      flushCapacity: async () => {
        if (state.capacity.size === 0 || !this.capacityHandler) return;
        const changes = state.capacity;
        state.capacity = new Map();
        await this.capacityHandler(uow, changes);
      },
      afterCommit: (hook) => state.commits.push(hook),
      afterRollback: (hook) => state.rollbacks.push(hook),
      savepoint: async <T>(work: () => Promise<T>) => {
        const name = sql.raw(`uow_${++state.savepoints}`);
        const mark = {
          audits: state.audits.length,
          events: state.events.length,
          commits: state.commits.length,
        };
        await tx.db.execute(sql`SAVEPOINT ${name}`);
        try {
          const value = await work();
          await tx.db.execute(sql`RELEASE SAVEPOINT ${name}`);
          return value;
        } catch (error) {
          await tx.db.execute(sql`ROLLBACK TO SAVEPOINT ${name}`);
          state.audits.length = mark.audits;
          state.events.length = mark.events;
          state.commits.length = mark.commits;
          throw error;
        }
      },
    };
    return uow;
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    unitOfWork: UnitOfWorkRunner;
  }
}

export const unitOfWorkPlugin = fp(
  async (app) => {
    app.decorate('unitOfWork', new UnitOfWorkRunner(app.db.app, app.realtime, app.metrics));
  },
  { name: 'unit-of-work', dependencies: ['database', 'realtime', 'metrics'] },
);
