import type { Assignment, Driver, QueueView } from '../../api/types';
import { isFreeQualified } from '../fleet/capacity';

export interface ExceptionThresholds {
  urgentWaitingMinutes: number;
  dispatchedNotEnRouteMinutes: number;
  qualificationExpiringDays: number;
}

/** Used until the tenant's settings say otherwise (GET /api/settings → exceptions). */
export const DEFAULT_THRESHOLDS: ExceptionThresholds = {
  urgentWaitingMinutes: 10,
  dispatchedNotEnRouteMinutes: 15,
  qualificationExpiringDays: 7,
};

export const EXCEPTION_KINDS = [
  'urgent-waiting',
  'not-en-route',
  'qualification-expiring',
  'idle-drivers',
] as const;
export type ExceptionKind = (typeof EXCEPTION_KINDS)[number];

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export interface BoardData {
  queue: QueueView | undefined;
  assignments: Assignment[] | undefined;
  drivers: Driver[] | undefined;
}

export type QueueEntryLike = QueueView['types'][number]['items'][number];

/** The predicates behind each chip, so the chip's count and the filtered board always agree. */
export function exceptionPredicates(t: ExceptionThresholds, data: BoardData) {
  const driversById = new Map((data.drivers ?? []).map((driver) => [driver.id, driver]));
  const queuedTypes = new Set(
    (data.queue?.types ?? []).filter((type) => type.items.length > 0).map((type) => type.equipmentTypeId),
  );
  return {
    urgentWaiting: (entry: QueueEntryLike, now: number) =>
      entry.request.priority === 'urgent' &&
      now - new Date(entry.request.createdAt).getTime() > t.urgentWaitingMinutes * MINUTE,
    notEnRoute: (assignment: Assignment, now: number) =>
      assignment.status === 'dispatched' &&
      now - new Date(assignment.dispatchedAt).getTime() > t.dispatchedNotEnRouteMinutes * MINUTE,
    qualificationExpiring: (assignment: Assignment, now: number) => {
      const qualification = driversById
        .get(assignment.driverId)
        ?.qualifications.find((q) => q.equipmentTypeId === assignment.equipmentTypeId);
      if (!qualification?.expiresAt) return false;
      return new Date(qualification.expiresAt).getTime() - now <= t.qualificationExpiringDays * DAY;
    },
    idleDriver: (driver: Driver) => [...queuedTypes].some((typeId) => isFreeQualified(driver, typeId)),
  };
}

/** Live counts for the exception strip. */
export function countExceptions(
  t: ExceptionThresholds,
  data: BoardData,
  now: number,
): Record<ExceptionKind, number> {
  const is = exceptionPredicates(t, data);
  const entries = (data.queue?.types ?? []).flatMap((type) => type.items);
  const active = (data.assignments ?? []).filter((a) =>
    ['dispatched', 'en_route', 'on_site'].includes(a.status),
  );
  return {
    'urgent-waiting': entries.filter((entry) => is.urgentWaiting(entry, now)).length,
    'not-en-route': active.filter((a) => is.notEnRoute(a, now)).length,
    'qualification-expiring': active.filter((a) => is.qualificationExpiring(a, now)).length,
    'idle-drivers': (data.drivers ?? []).filter((driver) => is.idleDriver(driver)).length,
  };
}
