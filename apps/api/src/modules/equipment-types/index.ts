export { equipmentTypeRoutes } from './equipment-types.routes';
export { equipmentTypes, type EquipmentTypeRow } from './equipment-types.table';
export { equipmentTypeExists, findEquipmentType, insertEquipmentType } from './equipment-types.repository';
export { CAPACITY_CHANGED } from './capacity';
