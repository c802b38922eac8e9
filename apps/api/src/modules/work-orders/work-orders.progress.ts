import { sql, type SQL } from 'drizzle-orm';
import { labelled, rowOf } from '@dispatch/db';
import type { SignalHandler, UnitOfWork } from '#src/kernel/unit-of-work';
import type { WorkOrderLookup } from '#src/modules/dispatch/index';
import * as repository from './work-orders.repository';
import { toDto } from './work-orders.service';
import { workOrders, type WorkOrderRow, type WorkOrderStatus } from './work-orders.table';

/**
 * The automatic status rule (docs/dispatch.md): a work order moves to `in_progress` when one of its assignments
 * starts (goes `en_route`) and to `completed` when its last one completes, that is when no assignment is still
 * active and no request still queued. The start is applied inside dispatch's step statement (`workOrderStart`,
 * SQL this module supplies) and recorded here from the row it returns; the completion must see every ending that
 * committed while its step waited, so it runs as a statement of its own on dispatch's ASSIGNMENT_COMPLETED signal
 * (key = work order id), before COMMIT. Either is audited as `work-order.progressed` naming the rule.
 */
/** The statuses a work order leaves for `in_progress` when one of its assignments starts. */
const STARTS_FROM: readonly WorkOrderStatus[] = ['open'];
/** The result columns of the start's row, apart from the step's own (`labelled`). */
const STARTED = 'startedWorkOrder';

/**
 * The start rule for dispatch's statement that starts an assignment: the body of a data-modifying CTE that moves
 * the work order `workOrderId` (an SQL expression) to `in_progress` when its status is one of STARTS_FROM, and
 * returns its row after (and its status and update time before) under `startedWorkOrder.*`; no row when it did
 * not move. Only a qualifying row is locked, so an order already under way (the common case) never waits behind
 * the share locks new requests hold on it; Postgres checks a qualifying row again once it holds the lock.
 */
const startSql = (workOrderId: SQL): SQL => sql`
  UPDATE ${workOrders} SET status = 'in_progress', updated_at = now()
    FROM (SELECT candidate.id, candidate.status, candidate.updated_at FROM ${workOrders} AS candidate
           WHERE candidate.id = ${workOrderId} AND candidate.status IN (${sql.join(
             STARTS_FROM.map((status) => sql`${status}`),
             sql`, `,
           )})
             FOR UPDATE) AS locked
   WHERE ${workOrders.id} = locked.id
  RETURNING ${labelled('work_orders', workOrders, STARTED)},
            locked.status AS ${sql.identifier(`${STARTED}.previousStatus`)},
            locked.updated_at AS ${sql.identifier(`${STARTED}.previousUpdatedAt`)}`;

/** Records the start the step's statement made (audit and event), when it made one. */
function recordStart(uow: UnitOfWork, raw: Record<string, unknown>, reason: string) {
  if (raw[`${STARTED}.id`] === null || raw[`${STARTED}.id`] === undefined) return;
  const after = rowOf<WorkOrderRow>(raw, workOrders, STARTED);
  const before: WorkOrderRow = {
    ...after,
    status: raw[`${STARTED}.previousStatus`] as WorkOrderStatus,
    updatedAt: raw[`${STARTED}.previousUpdatedAt`] as Date,
  };
  recordProgress(uow, before, after, `first assignment started (${reason})`);
}

/** Dispatch is handed both at start (`WorkOrderLookup.start`). */
export const workOrderStart: WorkOrderLookup['start'] = { sql: startSql, record: recordStart };

export const onAssignmentCompleted: SignalHandler = async (uow, raised) => {
  for (const [id, reason] of raised) {
    const moved = await repository.completeWhenIdle(uow.tx, id, ['open', 'in_progress']);
    if (moved) recordProgress(uow, moved.before, moved.after, `last assignment completed (${reason})`);
  }
};

function recordProgress(uow: UnitOfWork, before: WorkOrderRow, after: WorkOrderRow, rule: string) {
  const dto = toDto(after);
  uow.audit({
    action: 'work-order.progressed',
    entity: 'work-order',
    entityId: after.id,
    before: toDto(before),
    after: { ...dto, rule },
  });
  uow.emit({ type: 'workorder.updated', payload: dto, audience: { region: dto.region } });
}
