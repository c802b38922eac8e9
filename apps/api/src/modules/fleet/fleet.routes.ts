import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { equipmentTypeRoutes } from './equipment-types.routes';
import { equipmentRoutes } from './equipment.routes';
import { driverRoutes } from './drivers.routes';
import { CAPACITY_CHANGED } from './fleet.signals';

/** The fleet's HTTP routes: /api/equipment-types, /api/equipment, /api/drivers. */
export const fleetRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // Fleet changes may add capacity; the dispatch module serves the queue for it (a missing handler stops the start).
  app.unitOfWork.declareSignal(CAPACITY_CHANGED);
  await app.register(equipmentTypeRoutes);
  await app.register(equipmentRoutes);
  await app.register(driverRoutes);
};
