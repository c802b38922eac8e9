export { equipmentRoutes } from './equipment.routes';
export { equipment, EQUIPMENT_STATUSES, type EquipmentRow, type EquipmentStatus } from './equipment.table';
export { toDto as equipmentDto } from './equipment.service';
export type { EquipmentDto } from './equipment.schemas';
export { createEquipment } from './equipment.service';
