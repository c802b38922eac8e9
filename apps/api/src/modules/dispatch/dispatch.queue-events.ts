import type { SignalHandler } from '#src/kernel/unit-of-work';
import { queueDepths, tenantQueueDepthsQuery } from './dispatch.requests.repository';
import { depthOf, type DepthRow } from './dispatch.reads';

/**
 * Raised (key = equipment type id) wherever a request joins or leaves a queue. Its handler runs once per unit of
 * work, before COMMIT, so a transaction that serves several heads of one type sends one `queue.updated`.
 */
export const QUEUE_CHANGED = 'dispatch.queue-changed';

/**
 * `queue.updated` with the type's depth per priority across the tenant (other regions' requests are only
 * counted, as the region rule allows), read in this transaction so it includes its own changes. The read
 * travels with the COMMIT (the events go out after it anyway), so it costs no round trip of its own.
 */
export const emitQueueDepths: SignalHandler = async (uow, raised) => {
  const typeIds = [...raised.keys()];
  const emit = (rows: DepthRow[]) => {
    for (const equipmentTypeId of typeIds) {
      uow.emit({
        type: 'queue.updated',
        payload: { equipmentTypeId, depth: depthOf(rows, equipmentTypeId) },
      });
    }
  };
  if (uow.tx.withCommit) uow.tx.withCommit<DepthRow>(tenantQueueDepthsQuery(typeIds), emit);
  else emit(await queueDepths(uow.tx, null, typeIds));
};
