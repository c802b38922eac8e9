import { uuidv7 } from 'uuidv7';
import type { UnitOfWork } from '#src/kernel/unit-of-work';
import * as fleet from '#src/modules/fleet/index';
import type { Candidate, Diagnostics } from '#src/modules/fleet/index';
import { takeAndInsertAssignment, type NewAssignment } from './dispatch.assignments.repository';
import { explainDecision } from './dispatch.decisions';
import { assignmentDto, requestDto } from './dispatch.dto';
import type { AssignmentRow, DispatchRequestRow } from './dispatch.tables';

/** The assignment a candidate makes for a request. */
export function newAssignmentFor(
  request: Pick<
    DispatchRequestRow,
    'id' | 'workOrderId' | 'equipmentTypeId' | 'workOrderNumber' | 'workOrderRegion'
  >,
  candidate: Candidate,
): NewAssignment {
  return {
    id: uuidv7(),
    requestId: request.id,
    workOrderId: request.workOrderId,
    equipmentId: candidate.equipmentId,
    driverId: candidate.driverId,
    equipmentTypeId: request.equipmentTypeId,
    workOrderNumber: request.workOrderNumber,
    equipmentIdentifier: candidate.equipmentIdentifier,
    driverName: candidate.driverName,
    region: request.workOrderRegion,
    equipmentRegion: candidate.equipmentRegion,
    status: 'dispatched',
  };
}

/** Takes the candidate's unit and driver (through the fleet) and records the assignment; audited and announced. */
export async function assignCandidate(uow: UnitOfWork, request: DispatchRequestRow, candidate: Candidate) {
  const row = await takeAndInsertAssignment(uow.tx, newAssignmentFor(request, candidate));
  return assignmentMade(uow, row, candidate);
}

/** A recorded assignment, audited and announced (the unit and the driver it took too). */
export function assignmentMade(uow: UnitOfWork, row: AssignmentRow, candidate: Candidate) {
  const dto = assignmentDto(row);
  uow.audit({ action: 'assignment.created', entity: 'assignment', entityId: row.id, after: dto });
  uow.emit({
    type: 'assignment.updated',
    payload: dto,
    audience: { regions: [row.region, row.equipmentRegion], driverId: row.driverId },
  });
  fleet.announceTaken(uow, candidate, row.id);
  return dto;
}

/** The decision record, from what the choosing statement saw (`fleet.chooseCandidate`). */
export function recordDecision(
  uow: UnitOfWork,
  request: DispatchRequestRow,
  chosen: Candidate | undefined,
  { equipment, drivers }: Diagnostics,
  trigger: string,
) {
  const decision = explainDecision({
    trigger,
    request: {
      id: request.id,
      equipmentTypeId: request.equipmentTypeId,
      priority: request.priority,
      region: request.region,
    },
    chosen,
    equipment,
    drivers,
  });
  uow.audit({
    action: 'dispatch.decision',
    entity: 'dispatch-request',
    entityId: request.id,
    after: decision,
  });
}

export function announceRequest(uow: UnitOfWork, request: DispatchRequestRow) {
  uow.emit({
    type: 'request.updated',
    payload: requestDto(request),
    audience: { region: request.workOrderRegion },
  });
}
