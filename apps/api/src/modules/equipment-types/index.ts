export { equipmentTypeRoutes } from './equipment-types.routes';
export { equipmentTypes } from './equipment-types.table';
