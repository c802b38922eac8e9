import fp from 'fastify-plugin';
import type { FastifyBaseLogger } from 'fastify';
import { sql } from 'drizzle-orm';
import { withTenantTransaction, type Pool, type TenantScope, type TenantTx } from '@dispatch/db';
import type { TenantUser } from '#src/auth/tenant-user';
import type { AuditEventInput, DomainEvent } from './events';
import type { TenantContext } from './tenant-context';
import { isRetryable } from './retry';
import { timed, type DbTimer } from '#src/observability/db-timing';

type Hook = () => unknown;

/**
 * Where the unit of work hands what it collected. The kernel knows no module: the audit module appends to the
 * tenant's chain, the realtime module publishes; `app.ts` wires both at start.
 */
export interface EventSinks {
  /** Appends audit events inside the transaction as its last statement (it may travel with the COMMIT). */
  appendAudit(tx: TenantTx, events: readonly AuditEventInput[]): Promise<void>;
  /** Publishes the transaction's events once it has committed. */
  publish(tenantId: string, events: readonly DomainEvent[], committedAt: Date): Promise<unknown>;
}

/**
 * One tenant transaction with what must happen around it: audit events (appended to the chain just before
 * COMMIT, so the per-tenant chain lock is held briefly), named signals (handled before COMMIT, in the same
 * transaction, by whichever module registered for them), and effects that may only happen after COMMIT (queue
 * acknowledgements, events). Services receive it instead of `request`/`reply`.
 */
export interface UnitOfWork extends TenantContext {
  /** Records an audit event by the current user; written in this transaction. */
  audit(event: Omit<AuditEventInput, 'actor' | 'requestId'>): void;
  /** An event to publish once the transaction has committed. */
  emit(event: DomainEvent): void;
  /**
   * Raises a named signal about `key` (the first `reason` per key is kept). Its handler runs before COMMIT, in
   * this transaction; a signal must be declared (`declareSignal`) and a declared signal without a handler
   * stops the app at start.
   */
  signal(name: string, key: string, reason: string): void;
  /** Runs the handlers of the signals raised so far, now (so a response can show the outcome). */
  flushSignals(): Promise<void>;
  afterCommit(hook: Hook): void;
  afterRollback(hook: Hook): void;
  /** Runs `work` under a savepoint: on failure the database and everything recorded here since are undone. */
  savepoint<T>(work: () => Promise<T>): Promise<T>;
}

/** Handles the keys a signal was raised for in one transaction (key → first reason). */
export type SignalHandler = (uow: UnitOfWork, raised: Map<string, string>) => Promise<void>;

export interface WorkScope {
  tenant: TenantScope;
  user: TenantUser;
  requestId: string;
  log: FastifyBaseLogger;
}

const MAX_ATTEMPTS = 4;
const PUBLISH_WAIT_MS = 1_000;

/**
 * Waits for `promise`, but no longer than `ms`. The timer is cleared as soon as the promise settles: left
 * pending, every write would keep a timer and its closures alive for the whole wait, long enough for the
 * young-generation collector to promote them.
 */
async function atMost(promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const elapsed = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
    timer.unref();
  });
  try {
    await Promise.race([promise, elapsed]);
  } finally {
    clearTimeout(timer);
  }
}

class State {
  audits: AuditEventInput[] = [];
  events: DomainEvent[] = [];
  /** Signal name → key → reason, in the order raised. */
  signals = new Map<string, Map<string, string>>();
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
  /** Declared signals and their handler (undefined until a module registers one). */
  private readonly signalHandlers = new Map<string, SignalHandler | undefined>();

  constructor(
    private readonly pool: Pool,
    private readonly sinks: EventSinks,
    private readonly metrics?: DbTimer,
  ) {}

  /** A module says it raises `name`; some module must handle it (checked by `assertSignalsHandled`). */
  declareSignal(name: string) {
    if (!this.signalHandlers.has(name)) this.signalHandlers.set(name, undefined);
  }

  /** A module handles `name` (one handler per signal). */
  onSignal(name: string, handler: SignalHandler) {
    if (this.signalHandlers.get(name)) throw new Error(`signal "${name}" already has a handler`);
    this.signalHandlers.set(name, handler);
  }

  /** At start (onReady): a declared signal nobody handles would be dropped silently, so the app refuses to start. */
  assertSignalsHandled() {
    const unhandled = [...this.signalHandlers].filter(([, handler]) => !handler).map(([name]) => name);
    if (unhandled.length > 0)
      throw new Error(`unit of work: no handler registered for signal(s) ${unhandled.join(', ')}`);
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
            await uow.flushSignals();
            await this.sinks.appendAudit(tx, state.audits);
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
        const published = this.sinks
          .publish(scope.tenant.id, state.events, committedAt)
          .catch((error: unknown) => scope.log.warn({ err: error }, 'publishing events failed'));
        // Events are a push, not the record: an answer waits for them at most a moment (Redis may be away).
        await atMost(published, PUBLISH_WAIT_MS);
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
      signal: (name, key, reason) => {
        if (!this.signalHandlers.has(name)) throw new Error(`signal "${name}" was never declared`);
        let raised = state.signals.get(name);
        if (!raised) state.signals.set(name, (raised = new Map()));
        if (!raised.has(key)) raised.set(key, reason);
      },
      flushSignals: async () => {
        // A handler may raise signals in turn: run until none is left.
        while (state.signals.size > 0) {
          const [name, raised] = state.signals.entries().next().value!;
          state.signals.delete(name);
          const handler = this.signalHandlers.get(name);
          if (!handler) throw new Error(`signal "${name}" has no handler`);
          await handler(uow, raised);
        }
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

/** The kernel, wired at start: the unit of work over the app pool, with the audit and realtime sinks. */
export const unitOfWorkPlugin = fp<{ sinks: EventSinks }>(
  async (app, { sinks }) => {
    const runner = new UnitOfWorkRunner(app.db.app, sinks, app.metrics);
    app.decorate('unitOfWork', runner);
    app.addHook('onReady', async () => runner.assertSignalsHandled());
  },
  { name: 'unit-of-work', dependencies: ['database', 'metrics'] },
);
