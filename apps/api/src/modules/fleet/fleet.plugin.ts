import fp from 'fastify-plugin';
import { CAPACITY_CHANGED } from './fleet.signals';

/**
 * What the fleet wires at start. Its routes are registered by `app.ts` under their prefixes
 * (`/api/equipment-types`, `/api/equipment`, `/api/drivers`).
 */
export const fleetPlugin = fp(
  async (app) => {
    // Fleet changes may add capacity; the dispatch module serves the queue for it (a missing handler stops the start).
    app.unitOfWork.declareSignal(CAPACITY_CHANGED);
  },
  { name: 'fleet', dependencies: ['unit-of-work'] },
);
