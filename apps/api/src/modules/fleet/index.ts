/**
 * The fleet: equipment types, equipment and drivers. It owns their tables (equipment_types, equipment,
 * drivers, driver_qualifications), the rules "current qualification" and "free qualified driver"
 * (fleet.rules.ts), and what dispatch needs from it: the candidate pick, capacity checks, and taking and
 * freeing a unit and a driver. Other modules use these functions, never the tables.
 */
export { fleetPlugin } from './fleet.plugin';
export { equipmentTypeRoutes } from './equipment-types.routes';
export { equipmentRoutes } from './equipment.routes';
export { driverRoutes } from './drivers.routes';
export { CAPACITY_CHANGED } from './fleet.signals';
export {
  chooseCandidate,
  candidatePick,
  candidateOf,
  diagnosticsOf,
  capacityRegions,
  capacityExistsFor,
  type Candidate,
  type Diagnostics,
  type RawCandidate,
  type RawDiagnostics,
  type EquipmentDiagnostic,
  type DriverDiagnostic,
} from './fleet.candidates.repository';
export { announceTaken, assignmentReleased } from './fleet.dispatching';
export {
  releasedOf,
  releaseUnitAndDriver,
  takeUnitAndDriver,
  takeUnitAndDriverSql,
  type RawReleased,
  type Released,
} from './fleet.availability.repository';
export { equipmentTypeExists, findEquipmentType, equipmentTypeIdsByName } from './equipment-types.repository';
export { createType as createEquipmentType } from './equipment-types.service';
export { hasAnyEquipment, unitsInServiceOf } from './equipment.repository';
export type { EquipmentTypeRow } from './equipment-types.table';
export { toDto as equipmentDto, createEquipment } from './equipment.service';
export type { EquipmentDto } from './equipment.schemas';
export type { EquipmentRow, EquipmentStatus } from './equipment.table';
export { findDriverBySub, driverIdsOfUser } from './drivers.repository';
export { createDriver } from './drivers.service';
export type { DriverRow, ShiftStatus } from './drivers.table';
