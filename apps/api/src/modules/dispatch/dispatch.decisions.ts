import type { Candidate, DriverDiagnostic, EquipmentDiagnostic } from '#src/modules/fleet/index';

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

const when = (date: Date) => date.toISOString();

/**
 * Why each unit and driver was or was not chosen. Built from a read made in the deciding transaction; a row
 * that looked eligible but was not taken was either idle for less time than the chosen one or held at that
 * instant by a concurrent dispatch (SKIP LOCKED).
 */
export function explainDecision(input: {
  trigger: string;
  request: DispatchDecision['request'];
  chosen: Candidate | undefined;
  equipment: { items: EquipmentDiagnostic[]; total: number };
  drivers: { items: DriverDiagnostic[]; total: number };
}): DispatchDecision {
  const { request, chosen } = input;
  const regionOk = (region: string) => request.region === null || region === request.region;
  const equipment = input.equipment.items.map((unit): Verdict => {
    const base = { id: unit.id, name: unit.identifier, region: unit.region };
    if (chosen?.equipmentId === unit.id) {
      return {
        ...base,
        verdict: 'chosen',
        reasons: [`available, idle since ${when(unit.idleSince)}: idle longest of the eligible units`],
      };
    }
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
    if (reasons.length === 0) {
      reasons.push(
        chosen && chosen.equipmentIdleSince <= unit.idleSince
          ? `idle since ${when(unit.idleSince)}, less long than the chosen unit`
          : 'held by a concurrent dispatch at the moment of choosing',
      );
    }
    return { ...base, verdict: 'passed', reasons };
  });
  const drivers = input.drivers.items.map((driver): Verdict => {
    const base = { id: driver.id, name: driver.name, region: driver.region };
    if (chosen?.driverId === driver.id) {
      return {
        ...base,
        verdict: 'chosen',
        reasons: [`on shift, qualified, free since ${when(driver.idleSince)}`],
      };
    }
    const reasons: string[] = [];
    if (!driver.current)
      reasons.push(
        `qualification expired at ${driver.expiresAt ? when(driver.expiresAt) : 'an unknown time'}`,
      );
    if (driver.shiftStatus !== 'on_shift') reasons.push('is off shift');
    if (driver.activeAssignmentId !== null) reasons.push(`is on assignment ${driver.activeAssignmentId}`);
    if (!regionOk(driver.region))
      reasons.push(`is in region ${driver.region}; the request needs ${request.region}`);
    else if (chosen && driver.region !== chosen.equipmentRegion && reasons.length === 0) {
      reasons.push(`is in region ${driver.region}, not the chosen unit's region ${chosen.equipmentRegion}`);
    } else if (!driver.availableEquipmentInRegion && reasons.length === 0) {
      reasons.push(`no available unit of the type in region ${driver.region}`);
    }
    if (reasons.length === 0) {
      reasons.push(
        chosen && chosen.driverIdleSince <= driver.idleSince
          ? `free since ${when(driver.idleSince)}, less long than the chosen driver`
          : 'held by a concurrent dispatch at the moment of choosing',
      );
    }
    return { ...base, verdict: 'passed', reasons };
  });
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
