import type { UnitOfWork } from '#src/kernel/unit-of-work';
import type { Released } from './fleet.availability.repository';
import type { Candidate } from './fleet.candidates.repository';
import { CAPACITY_CHANGED } from './fleet.signals';
import { isoTimestamp } from '#src/kernel/iso-timestamp';

/**
 * What dispatch asks of the fleet: take a unit and a driver for an assignment, and free them when it ends.
 * The fleet writes its own tables and records its own audit and realtime events; dispatch never touches them.
 */

/** Tells the boards the unit and the driver were taken (after the assignment itself was announced). */
export function announceTaken(uow: UnitOfWork, candidate: Candidate, assignmentId: string) {
  uow.emit({
    type: 'equipment.updated',
    payload: { id: candidate.equipmentId, status: 'dispatched' },
    audience: { region: candidate.equipmentRegion },
  });
  uow.emit({
    type: 'driver.updated',
    payload: { id: candidate.driverId, activeAssignmentId: assignmentId },
    audience: { region: candidate.equipmentRegion, driverId: candidate.driverId },
  });
}

/**
 * An assignment ended and its statement freed its unit and driver (`releaseUnitAndDriver`, composed by
 * dispatch): the unit went back to `available` (or to `maintenance` when marked for it) and the driver is free
 * again. Audited and announced; capacity that appeared raises CAPACITY_CHANGED (served before COMMIT).
 */
export function assignmentReleased(
  uow: UnitOfWork,
  { unit, driver }: Released,
  assignment: { id: string },
  reason: string,
) {
  if (unit) {
    uow.audit({
      action: 'equipment.released',
      entity: 'equipment',
      entityId: unit.id,
      before: { status: 'dispatched' },
      after: { status: unit.status, idleSince: isoTimestamp(unit.idleSince), assignmentId: assignment.id },
    });
    uow.emit({
      type: 'equipment.updated',
      payload: { id: unit.id, status: unit.status },
      audience: { region: unit.region },
    });
    if (unit.status === 'available') uow.signal(CAPACITY_CHANGED, unit.typeId, reason);
  }
  if (driver) {
    uow.audit({
      action: 'driver.released',
      entity: 'driver',
      entityId: driver.id,
      before: { activeAssignmentId: assignment.id },
      after: { activeAssignmentId: null, idleSince: isoTimestamp(driver.idleSince) },
    });
    uow.emit({
      type: 'driver.updated',
      payload: { id: driver.id, activeAssignmentId: null },
      audience: { region: driver.region, driverId: driver.id },
    });
    if (driver.shiftStatus === 'on_shift') {
      for (const typeId of driver.qualifiedTypeIds) uow.signal(CAPACITY_CHANGED, typeId, reason);
    }
  }
}
