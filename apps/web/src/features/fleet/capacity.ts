import type { Driver, Equipment, EquipmentType } from '../../api/types';

export interface TypeCapacity {
  type: EquipmentType;
  available: Equipment[];
  dispatched: number;
  maintenance: Equipment[];
  /** On shift, not on an assignment, holding a current qualification for the type. */
  freeQualifiedDrivers: Driver[];
}

export function isFreeQualified(driver: Driver, typeId: string): boolean {
  return (
    driver.shiftStatus === 'on_shift' &&
    driver.activeAssignmentId === null &&
    driver.qualifications.some((q) => q.equipmentTypeId === typeId && q.current)
  );
}

/** Free capacity per equipment type: what can be dispatched right now, and who could drive it. */
export function capacityByType(
  types: EquipmentType[],
  equipment: Equipment[],
  drivers: Driver[],
): TypeCapacity[] {
  return types.map((type) => {
    const units = equipment.filter((unit) => unit.typeId === type.id);
    return {
      type,
      available: units.filter((unit) => unit.status === 'available'),
      dispatched: units.filter((unit) => unit.status === 'dispatched').length,
      maintenance: units.filter((unit) => unit.status === 'maintenance'),
      freeQualifiedDrivers: drivers.filter((driver) => isFreeQualified(driver, type.id)),
    };
  });
}
