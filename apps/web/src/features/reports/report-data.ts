import type { ResponseOf } from '../../api/types';

export type UtilizationRow = ResponseOf<'/api/reports/utilization', 'get'>['items'][number];
export type DispatchRow = ResponseOf<'/api/reports/dispatch', 'get'>['items'][number];

export interface TypeUtilization {
  equipmentType: string;
  units: number;
  dispatches: number;
  /** The type's dispatched time over its units' time in the period (the mean of its units), 0..1. */
  utilization: number;
}

/** Utilization per equipment type, from the per-unit report: every unit of a type weighs the same. */
export function utilizationByType(rows: UtilizationRow[]): TypeUtilization[] {
  const byType = new Map<string, TypeUtilization>();
  for (const row of rows) {
    const entry = byType.get(row.equipmentType) ?? {
      equipmentType: row.equipmentType,
      units: 0,
      dispatches: 0,
      utilization: 0,
    };
    entry.units += 1;
    entry.dispatches += row.dispatches;
    entry.utilization += row.utilization;
    byType.set(row.equipmentType, entry);
  }
  return [...byType.values()]
    .map((entry) => ({ ...entry, utilization: entry.utilization / entry.units }))
    .sort((a, b) => a.equipmentType.localeCompare(b.equipmentType));
}

export const percent = (value: number) => `${(value * 100).toFixed(1)} %`;

/** Seconds as minutes with one decimal, for axes and cells; "—" when there is no figure. */
export const minutes = (seconds: number | null) =>
  seconds === null ? '—' : `${(seconds / 60).toFixed(1)} min`;

export const PRIORITY_LABEL: Record<DispatchRow['priority'], string> = {
  urgent: 'Urgent',
  standard: 'Standard',
  all: 'All',
};
