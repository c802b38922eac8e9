import { inArray, sql } from 'drizzle-orm';
import type { SignalHandler, UnitOfWork } from '#src/kernel/unit-of-work';
import type { WorkOrderLookup } from '#src/modules/dispatch/index';
import * as repository from './work-orders.repository';
import { toDto } from './work-orders.service';
import { workOrders, type WorkOrderStatus } from './work-orders.table';

/**
 * The automatic status rule (docs/dispatch.md): a work order moves to `in_progress` when one of its assignments
 * starts (goes `en_route`) and to `completed` when its last one completes, that is when no assignment is still
 * active and no request still queued. Dispatch raises the signals (ASSIGNMENT_STARTED, ASSIGNMENT_COMPLETED; key
 * = work order id); this module owns the work order and applies the rule before COMMIT, audited as
 * `work-order.progressed` naming the rule.
 */
/** The statuses a work order leaves for `in_progress` when one of its assignments starts. */
const STARTS_FROM: readonly WorkOrderStatus[] = ['open'];

export const onAssignmentStarted: SignalHandler = async (uow, raised) => {
  for (const [id, reason] of raised) {
    await progress(uow, id, STARTS_FROM, 'in_progress', `first assignment started (${reason})`);
  }
};

/**
 * Whether the start rule would move the work order, as SQL for dispatch's step statement: an order already under
 * way (the common case) needs no signal, and so no statement of its own. Dispatch is handed it at start
 * (`WorkOrderLookup`); the handler above checks the status again under the row's lock.
 */
export const workOrderAwaitsStart: WorkOrderLookup['awaitsStart'] = (workOrderId) =>
  sql`EXISTS (SELECT 1 FROM ${workOrders}
               WHERE ${workOrders.id} = ${workOrderId} AND ${inArray(workOrders.status, [...STARTS_FROM])})`;

export const onAssignmentCompleted: SignalHandler = async (uow, raised) => {
  for (const [id, reason] of raised) {
    await progress(uow, id, ['open', 'in_progress'], 'completed', `last assignment completed (${reason})`, {
      whenNoDispatchWorkLeft: true,
    });
  }
};

async function progress(
  uow: UnitOfWork,
  id: string,
  from: readonly WorkOrderStatus[],
  to: WorkOrderStatus,
  rule: string,
  options: { whenNoDispatchWorkLeft?: boolean } = {},
) {
  const moved = await repository.progressWorkOrder(uow.tx, id, from, to, options);
  if (!moved) return;
  const { before, after: row } = moved;
  const dto = toDto(row);
  uow.audit({
    action: 'work-order.progressed',
    entity: 'work-order',
    entityId: id,
    before: toDto(before),
    after: { ...dto, rule },
  });
  uow.emit({ type: 'workorder.updated', payload: dto, audience: { region: dto.region } });
}
