import { createHash } from 'node:crypto';
import { uuidv7 } from 'uuidv7';
import type { FastifyBaseLogger } from 'fastify';
import type { TenantScope } from '@dispatch/db';
import { AppError, assertThat } from '#src/kernel/problems';
import { assertRegionAllowed } from '#src/auth/access';
import { regionLimit } from '#src/auth/region-scope';
import type { UnitOfWork } from '#src/kernel/unit-of-work';
import type { SystemWork } from '#src/kernel/tenant-work';
import { RetryableConflict } from '#src/kernel/retry';
import { canonicalJson } from '#src/modules/audit/index';
import * as fleet from '#src/modules/fleet/index';
import type { Candidate, Diagnostics } from '#src/modules/fleet/index';
import * as repository from './dispatch.requests.repository';
import * as idempotency from './dispatch.idempotency.repository';
import type { WorkOrderLookup } from './dispatch.work-orders.repository';
import { announceRequest, assignCandidate, assignmentMade, recordDecision } from './dispatch.assign';
import {
  CLOSED_WORK_ORDER_STATUSES,
  newRequestStatement,
  type NewRequestStatement,
} from './dispatch.new-request.repository';
import { assignmentSteps, type TransitionAssignment } from './dispatch.assignments.repository';
import { requestDto } from './dispatch.dto';
import { queueMember, type DispatchQueue, type Lease } from './dispatch.queue';
import { QUEUE_CHANGED } from './dispatch.queue-events';
import type { AssignmentRow, DispatchRequestRow } from './dispatch.tables';
import type { DispatchedDto, DispatchRequestCreate, QueuedDto } from './dispatch.schemas';
import type { Metrics } from '#src/plugins/metrics';
import type { DispatchGauges } from './dispatch.metrics';

export interface DispatchInstruments {
  metrics: Pick<Metrics, 'dispatchRequests' | 'queueWait' | 'completionDuration'>;
  gauges: DispatchGauges;
}

/** The system entry point of queue work nobody asked for directly (follow-ups, the reconciler's sweep). */
export const QUEUE_WORK = 'dispatch-queue';

const IDEMPOTENCY_SCOPE = 'dispatch-request';
/** How many requests one capacity event may fulfil before handing the rest to a follow-up. */
const MAX_SERVES_PER_EVENT = 50;
/** Units and drivers a waiting request's decision record lists (docs/dispatch.md). */
const DIAGNOSTIC_ROWS = 25;

type ServeOutcome = 'fulfilled' | 'stale' | 'locked' | 'no-candidate';

export class DispatchService {
  private readonly followUps = new Set<Promise<unknown>>();
  private readonly newRequest: NewRequestStatement;
  /** The assignment lifecycle's steps (dispatch.assignments.service.ts). */
  readonly transitionAssignment: TransitionAssignment;

  constructor(
    private readonly queue: DispatchQueue,
    private readonly work: SystemWork,
    /** The work-orders module's SQL and rules (wired by `app.ts`). */
    readonly workOrders: WorkOrderLookup,
    private readonly instruments?: DispatchInstruments,
  ) {
    this.newRequest = newRequestStatement(workOrders);
    this.transitionAssignment = assignmentSteps(workOrders);
  }

  // ---- Requests -------------------------------------------------------------------------------------

  /** Rule 1 (fulfil at once) or rule 2 (queue), under rule 6 (Idempotency-Key). */
  async createRequest(
    uow: UnitOfWork,
    key: string,
    input: DispatchRequestCreate,
  ): Promise<{ code: 201 | 202; body: DispatchedDto | QueuedDto; replayed: boolean }> {
    const counter = this.instruments?.metrics.dispatchRequests;
    const tenant = uow.tx.tenant.slug;
    try {
      const result = await this.decideRequest(uow, key, input);
      if (!result.replayed) {
        const outcome = result.code === 201 ? 'dispatched' : 'queued';
        uow.afterCommit(() => counter?.inc({ tenant, result: outcome }));
      }
      return result;
    } catch (error) {
      // Refused for a reason the caller can fix (closed work order, region, reused key); not a failure of ours.
      if (error instanceof AppError && error.status < 500) counter?.inc({ tenant, result: 'rejected' });
      throw error;
    }
  }

  private async decideRequest(
    uow: UnitOfWork,
    key: string,
    input: DispatchRequestCreate,
  ): Promise<{ code: 201 | 202; body: DispatchedDto | QueuedDto; replayed: boolean }> {
    const { tx, user } = uow;
    const hash = createHash('sha256')
      .update(canonicalJson({ sub: user.sub, body: input }))
      .digest('hex');
    const region = input.region ?? user.region ?? null;
    // One statement: the key claimed, the work order read and locked FOR SHARE (it cannot be closed while a
    // request for it is being made), the type checked and, when all three held, the request decided and recorded.
    const outcome = await this.newRequest.run(tx, {
      claim: { scope: IDEMPOTENCY_SCOPE, key, requestHash: hash },
      request: {
        id: uuidv7(),
        workOrderId: input.workOrderId,
        equipmentTypeId: input.equipmentTypeId,
        priority: input.priority,
        region,
        requestedBySub: user.sub,
        requestedByName: user.name,
      },
      userRegion: regionLimit(user),
      assignmentId: uuidv7(),
      diagnosticRows: DIAGNOSTIC_ROWS,
    });
    if (!outcome.claimed) {
      const first = await idempotency.findIdempotencyKey(tx, IDEMPOTENCY_SCOPE, key);
      if (!first || first.requestHash !== hash || first.responseCode === null) {
        throw new AppError(
          'idempotency-key-reused',
          'This Idempotency-Key was already used for a different request',
        );
      }
      return {
        code: first.responseCode as 201 | 202,
        body: first.responseBody as DispatchedDto,
        replayed: true,
      };
    }

    // A refusal rolls back what the statement wrote (the claim, and the request when only the region fails).
    const workOrder = outcome.workOrder;
    if (!workOrder) throw fieldError('workOrderId', `No work order ${input.workOrderId}`);
    if (CLOSED_WORK_ORDER_STATUSES.includes(workOrder.status)) {
      throw new AppError('work-order-closed', `Work order ${workOrder.number} is ${workOrder.status}`);
    }
    if (!outcome.typeExists) {
      throw fieldError('equipmentTypeId', `No equipment type ${input.equipmentTypeId}`);
    }
    // A region-limited dispatcher dispatches within their region.
    assertRegionAllowed(user, region);
    const recorded = outcome.recorded;
    if (!recorded) throw new Error('the new request passed its checks but was not recorded');
    const { request, diagnostics } = recorded;
    let result: { code: 201 | 202; body: DispatchedDto | QueuedDto };
    if ('dispatched' in recorded) {
      const { candidate, assignment: row } = recorded.dispatched;
      requestMade(uow, request, candidate, diagnostics);
      const assignment = assignmentMade(uow, row, candidate);
      this.activeChanged(uow, +1);
      result = { code: 201, body: { request: requestDto(request), assignment } };
    } else {
      requestMade(uow, request, undefined, diagnostics);
      // Capacity that exists but was held by concurrent transactions: look again once this request is in line.
      const { position: queuePosition, capacity: missedCapacity } = recorded.queued;
      result = { code: 202, body: { request: requestDto(request), queuePosition } };
      uow.afterCommit(async () => {
        await this.queue.enqueue(uow.tenantId, request.equipmentTypeId, [entryOf(request)]);
        await this.instruments?.gauges.remember(tx.tenant);
        if (missedCapacity) await this.followUp(tx.tenant, request.equipmentTypeId, uow.log);
      });
      uow.signal(QUEUE_CHANGED, request.equipmentTypeId, 'queue changed');
    }
    await idempotency.storeIdempotentResponse(tx, IDEMPOTENCY_SCOPE, key, result.code, result.body);
    return { ...result, replayed: false };
  }

  /** Rule 5: a queued request leaves the queue (Postgres now, Redis after COMMIT). */
  async cancelRequest(uow: UnitOfWork, id: string) {
    const scope = { user: uow.user };
    const row = await repository.moveQueuedRequest(uow.tx, id, 'cancelled', scope);
    if (!row) {
      const current = await repository.findRequest(uow.tx, scope, id);
      assertThat(current, 'not-found', `No dispatch request ${id}`);
      throw new AppError(
        'request-not-queued',
        `The request is ${current.status}; only a queued request can be cancelled`,
      );
    }
    const dto = requestDto(row);
    uow.audit({
      action: 'dispatch-request.cancelled',
      entity: 'dispatch-request',
      entityId: id,
      before: { status: 'queued' },
      after: dto,
    });
    announceRequest(uow, row);
    uow.signal(QUEUE_CHANGED, row.equipmentTypeId, 'queue changed');
    uow.afterCommit(() => this.queue.remove(uow.tenantId, row.equipmentTypeId, [memberOf(row)]));
    return dto;
  }

  // ---- Serving the queue (rules 3 and 4) -------------------------------------------------------------

  /** Handles the CAPACITY_CHANGED signal: capacity appeared in this transaction, so serve before COMMIT. */
  readonly onCapacity = async (uow: UnitOfWork, changes: Map<string, string>) => {
    for (const [typeId, trigger] of changes) await this.serveType(uow, typeId, trigger);
  };

  /**
   * Fulfils, in serving order, every queued request of the type the current capacity can serve. The head
   * matching some region with capacity is taken and leased in Redis; the request is locked and fulfilled in
   * Postgres under a savepoint; the lease is acknowledged after COMMIT (or released on ROLLBACK).
   */
  async serveType(uow: UnitOfWork, typeId: string, trigger: string): Promise<number> {
    let served = 0;
    let needsFollowUp = false;
    try {
      // Most capacity events find no one waiting: one look at Redis spares the capacity query in Postgres.
      if (!(await this.queue.mayHaveHead(uow.tenantId, typeId))) return 0;
    } catch (error) {
      servingDeferred(uow, error);
      return 0;
    }
    while (served < MAX_SERVES_PER_EVENT) {
      const regions = await fleet.capacityRegions(uow.tx, typeId);
      if (regions.length === 0) break;
      let lease: Lease | null;
      try {
        lease = await this.queue.leaseFirst(uow.tenantId, typeId, regions, () =>
          repository.queuedEntries(uow.tx),
        );
      } catch (error) {
        servingDeferred(uow, error);
        return served;
      }
      if (!lease) break;
      const taken = lease;
      const outcome = await this.serveLease(uow, taken, trigger);
      if (outcome === 'fulfilled') {
        served += 1;
        uow.afterCommit(() => this.queue.ack(taken));
        uow.afterRollback(() => this.queue.release(taken));
      } else if (outcome === 'stale') {
        // Not queued in Postgres (the system of record): drop it from the order.
        await this.queue
          .ack(taken)
          .catch((error: unknown) => uow.log.warn({ err: error }, 'queue ack failed'));
      } else if (outcome === 'locked') {
        // Someone else holds the request (a cancellation, a slow server): keep it out of this scan, give it back after.
        uow.afterCommit(() => this.queue.release(taken));
        uow.afterRollback(() => this.queue.release(taken));
        needsFollowUp = true;
      } else {
        await this.queue
          .release(taken)
          .catch((error: unknown) => uow.log.warn({ err: error }, 'queue release failed'));
        needsFollowUp = true;
        break;
      }
    }
    if (served === MAX_SERVES_PER_EVENT) needsFollowUp = true;
    if (needsFollowUp && trigger !== FOLLOW_UP)
      uow.afterCommit(() => this.followUp(uow.tx.tenant, typeId, uow.log));
    return served;
  }

  private async serveLease(uow: UnitOfWork, lease: Lease, trigger: string): Promise<ServeOutcome> {
    try {
      return await uow.savepoint(async () => {
        const locked = await repository.lockRequestToServe(uow.tx, lease.requestId);
        if (!locked) return 'stale';
        if ('locked' in locked) return 'locked';
        if (locked.row.status !== 'queued') return 'stale';
        // Nothing is recorded when nothing is chosen here (the request stays queued): no lists to read.
        const { candidate, diagnostics } = await fleet.chooseCandidate(
          uow.tx,
          lease.typeId,
          locked.row.region,
          0,
        );
        if (!candidate) return 'no-candidate';
        recordDecision(uow, locked.row, candidate, diagnostics, trigger);
        const request = await repository.moveQueuedRequest(uow.tx, locked.row.id, 'dispatched');
        if (!request) throw new RetryableConflict('request left the queue while locked');
        uow.audit({
          action: 'dispatch-request.dispatched',
          entity: 'dispatch-request',
          entityId: request.id,
          before: { status: 'queued' },
          after: requestDto(request),
        });
        announceRequest(uow, request);
        uow.signal(QUEUE_CHANGED, request.equipmentTypeId, 'queue changed');
        await assignCandidate(uow, request, candidate);
        this.activeChanged(uow, +1);
        const waited = (Date.now() - locked.row.createdAt.getTime()) / 1000;
        uow.afterCommit(() =>
          this.instruments?.metrics.queueWait.observe(
            { tenant: uow.tx.tenant.slug, priority: request.priority },
            Math.max(0, waited),
          ),
        );
        return 'fulfilled';
      });
    } catch (error) {
      // The unit or the driver went to a concurrent transaction: this request waits for the next capacity.
      if (error instanceof RetryableConflict) return 'no-candidate';
      throw error;
    }
  }

  /** Serves a type again in its own transaction, once, after something was skipped or left over. */
  followUp(tenant: TenantScope, typeId: string, log: FastifyBaseLogger): Promise<void> {
    const run = this.work
      .write(tenant, QUEUE_WORK, async (uow) => {
        await this.serveType(uow, typeId, FOLLOW_UP);
      })
      .catch((error: unknown) =>
        log.warn({ err: error }, 'queue follow-up failed; the reconciler will retry'),
      );
    this.followUps.add(run);
    void run.finally(() => this.followUps.delete(run));
    return run;
  }

  /** An assignment was completed or cancelled: one active dispatch less; a completion's duration is observed. */
  assignmentEnded(uow: UnitOfWork, assignment: AssignmentRow): void {
    this.activeChanged(uow, -1);
    const { completedAt, dispatchedAt } = assignment;
    if (assignment.status !== 'completed' || !completedAt) return;
    const seconds = Math.max(0, (completedAt.getTime() - dispatchedAt.getTime()) / 1000);
    uow.afterCommit(() => this.instruments?.metrics.completionDuration.observe(seconds));
  }

  /** An assignment started (+1) or ended (-1): the active_dispatches count follows after COMMIT. */
  activeChanged(uow: UnitOfWork, delta: 1 | -1): void {
    const gauges = this.instruments?.gauges;
    if (!gauges) return;
    uow.afterCommit(() => gauges.adjustActive(uow.tx.tenant, delta));
  }

  /** Waits for follow-ups in flight (shutdown, tests). */
  async settle(): Promise<void> {
    while (this.followUps.size > 0) await Promise.allSettled([...this.followUps]);
  }
}

export const FOLLOW_UP = 'queue follow-up';

const entryOf = (request: DispatchRequestRow) => ({
  requestId: request.id,
  region: request.region,
  priority: request.priority,
  queueSeq: request.queueSeq,
});
const memberOf = (request: DispatchRequestRow) => queueMember(request.id, request.region);

/** Redis away: the requests stay queued in Postgres; the reconciler's sweep serves them later. */
function servingDeferred(uow: UnitOfWork, error: unknown) {
  uow.log.warn({ err: error }, 'dispatch queue unavailable; serving deferred to the reconciler');
}

/** A new request: its decision record, its creation audited, and announced. */
function requestMade(
  uow: UnitOfWork,
  request: DispatchRequestRow,
  candidate: Candidate | undefined,
  diagnostics: Diagnostics,
) {
  recordDecision(uow, request, candidate, diagnostics, 'new request');
  uow.audit({
    action: 'dispatch-request.created',
    entity: 'dispatch-request',
    entityId: request.id,
    after: requestDto(request),
  });
  announceRequest(uow, request);
}

const fieldError = (field: string, message: string) =>
  new AppError('validation-failed', message, {
    errors: [{ field, message: 'does not name a record of this tenant' }],
  });
