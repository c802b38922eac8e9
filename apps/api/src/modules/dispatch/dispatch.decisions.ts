import type { Candidate, DriverDiagnostic, EquipmentDiagnostic } from '#src/modules/fleet/index';
import { isoTimestamp } from '#src/kernel/iso-timestamp';

/** The documented choice, quoted in every decision record. */
export const CANDIDATE_RULE =
  'available equipment of the type (in the request region, if any) with an on-shift driver of the same region ' +
  'holding a current qualification and no active assignment; the unit idle longest, then the driver idle longest';

export interface Verdict {
  id: string;
  name: string;
  region: string;
  verdict: 'chosen' | 'passed';
  reasons: string[];
}

export interface DispatchDecision {
  rule: string;
  trigger: string;
  outcome: 'assigned' | 'queued';
  request: { id: string; equipmentTypeId: string; priority: string; region: string | null };
  chosen: { equipmentId: string; equipmentIdentifier: string; driverId: string; driverName: string } | null;
  equipment: Verdict[];
  equipmentNotListed: number;
  drivers: Verdict[];
  driversNotListed: number;
}

/** The chosen pair: the rule is the reason (fleet.chooseCandidate reads no lists when it chose). */
function chosenVerdicts(chosen: Candidate): { equipment: Verdict[]; drivers: Verdict[] } {
  return {
    equipment: [
      {
        id: chosen.equipmentId,
        name: chosen.equipmentIdentifier,
        region: chosen.equipmentRegion,
        verdict: 'chosen',
        reasons: [
          `available, idle since ${isoTimestamp(chosen.equipmentIdleSince)}: idle longest of the eligible units`,
        ],
      },
    ],
    // The rule takes the driver from the unit's region.
    drivers: [
      {
        id: chosen.driverId,
        name: chosen.driverName,
        region: chosen.equipmentRegion,
        verdict: 'chosen',
        reasons: [`on shift, qualified, free since ${isoTimestamp(chosen.driverIdleSince)}`],
      },
    ],
  };
}

/**
 * Why each unit and driver was passed over, for a request that waits. Built from a read made in the deciding
 * transaction; a row that looks eligible was held at that instant by a concurrent dispatch (SKIP LOCKED).
 */
function passedVerdicts(
  request: DispatchDecision['request'],
  units: EquipmentDiagnostic[],
  crew: DriverDiagnostic[],
): { equipment: Verdict[]; drivers: Verdict[] } {
  const regionOk = (region: string) => request.region === null || region === request.region;
  const held = 'held by a concurrent dispatch at the moment of choosing';
  const equipment = units.map((unit): Verdict => {
    const reasons: string[] = [];
    if (unit.status !== 'available') {
      reasons.push(
        `is ${unit.status}${unit.maintenanceRequested ? ' (maintenance requested when it returns)' : ''}`,
      );
    }
    if (!regionOk(unit.region))
      reasons.push(`is in region ${unit.region}; the request needs ${request.region}`);
    if (unit.status === 'available' && !unit.hasFreeDriver) {
      reasons.push(`no on-shift driver with a current qualification is free in region ${unit.region}`);
    }
    if (reasons.length === 0) reasons.push(held);
    return { id: unit.id, name: unit.identifier, region: unit.region, verdict: 'passed', reasons };
  });
  const drivers = crew.map((driver): Verdict => {
    const reasons: string[] = [];
    if (!driver.current)
      reasons.push(
        `qualification expired at ${driver.expiresAt ? isoTimestamp(driver.expiresAt) : 'an unknown time'}`,
      );
    if (driver.shiftStatus !== 'on_shift') reasons.push('is off shift');
    if (driver.activeAssignmentId !== null) reasons.push(`is on assignment ${driver.activeAssignmentId}`);
    if (!regionOk(driver.region))
      reasons.push(`is in region ${driver.region}; the request needs ${request.region}`);
    else if (!driver.availableEquipmentInRegion && reasons.length === 0) {
      reasons.push(`no available unit of the type in region ${driver.region}`);
    }
    if (reasons.length === 0) reasons.push(held);
    return { id: driver.id, name: driver.name, region: driver.region, verdict: 'passed', reasons };
  });
  return { equipment, drivers };
}

/**
 * The decision record: the chosen pair when there is one, else why each listed unit and driver was passed over;
 * the rest of the type's units and qualified drivers counted.
 */
export function explainDecision(input: {
  trigger: string;
  request: DispatchDecision['request'];
  chosen: Candidate | undefined;
  equipment: { items: EquipmentDiagnostic[]; total: number };
  drivers: { items: DriverDiagnostic[]; total: number };
}): DispatchDecision {
  const { request, chosen } = input;
  const { equipment, drivers } = chosen
    ? chosenVerdicts(chosen)
    : passedVerdicts(request, input.equipment.items, input.drivers.items);
  return {
    rule: CANDIDATE_RULE,
    trigger: input.trigger,
    outcome: chosen ? 'assigned' : 'queued',
    request,
    chosen: chosen
      ? {
          equipmentId: chosen.equipmentId,
          equipmentIdentifier: chosen.equipmentIdentifier,
          driverId: chosen.driverId,
          driverName: chosen.driverName,
        }
      : null,
    equipment,
    equipmentNotListed: Math.max(0, input.equipment.total - equipment.length),
    drivers,
    driversNotListed: Math.max(0, input.drivers.total - drivers.length),
  };
}
