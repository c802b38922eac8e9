import type { SignalHandler, UnitOfWork } from '#src/kernel/unit-of-work';
import * as repository from './work-orders.repository';
import { toDto } from './work-orders.service';
import type { WorkOrderStatus } from './work-orders.table';

/**
 * The automatic status rule (docs/dispatch.md): a work order moves to `in_progress` when one of its assignments
 * starts (goes `en_route`) and to `completed` when its last one completes, that is when no assignment is still
 * active and no request still queued. Dispatch raises the signals (ASSIGNMENT_STARTED, ASSIGNMENT_COMPLETED; key
 * = work order id); this module owns the work order and applies the rule before COMMIT, audited as
 * `work-order.progressed` naming the rule.
 */
export const onAssignmentStarted: SignalHandler = async (uow, raised) => {
  for (const [id, reason] of raised) {
    await progress(uow, id, ['open'], 'in_progress', `first assignment started (${reason})`);
  }
};

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
