import type { SignalHandler } from '#src/kernel/unit-of-work';
import { queueDepths } from './dispatch.requests.repository';
import { depthOf } from './dispatch.reads';

/**
 * Raised (key = equipment type id) wherever a request joins or leaves a queue. Its handler runs once per unit of
 * work, before COMMIT, so a transaction that serves several heads of one type sends one `queue.updated`.
 */
export const QUEUE_CHANGED = 'dispatch.queue-changed';

/**
 * `queue.updated` with the type's depth per priority across the tenant (other regions' requests are only
 * counted, as the region rule allows), read in this transaction so it includes its own changes.
 */
export const emitQueueDepths: SignalHandler = async (uow, raised) => {
  const typeIds = [...raised.keys()];
  const rows = await queueDepths(uow.tx, null, typeIds);
  for (const equipmentTypeId of typeIds) {
    uow.emit({ type: 'queue.updated', payload: { equipmentTypeId, depth: depthOf(rows, equipmentTypeId) } });
  }
};
