import { Type, type Static } from 'typebox';

export const ReportQuery = Type.Object(
  {
    from: Type.Optional(Type.String({ format: 'date-time' })),
    to: Type.Optional(Type.String({ format: 'date-time' })),
    format: Type.Optional(Type.Union([Type.Literal('json'), Type.Literal('csv')])),
  },
  { additionalProperties: false },
);
export type ReportQuery = Static<typeof ReportQuery>;

const Period = Type.Object({
  from: Type.String({ format: 'date-time' }),
  to: Type.String({ format: 'date-time' }),
});
const Seconds = Type.Union([Type.Number(), Type.Null()]);

export const UtilizationRow = Type.Object({
  equipmentId: Type.String({ format: 'uuid' }),
  identifier: Type.String(),
  equipmentType: Type.String(),
  region: Type.String(),
  dispatchedSeconds: Type.Number(),
  utilization: Type.Number({ description: 'dispatched time / period, 0..1' }),
  dispatches: Type.Integer(),
  averageDispatchSeconds: Seconds,
});
export const UtilizationReport = Type.Object({ period: Period, items: Type.Array(UtilizationRow) });
export type UtilizationReport = Static<typeof UtilizationReport>;

export const DispatchPerformanceRow = Type.Object({
  priority: Type.Union([Type.Literal('urgent'), Type.Literal('standard'), Type.Literal('all')]),
  requests: Type.Integer(),
  immediate: Type.Integer(),
  queued: Type.Integer(),
  cancelled: Type.Integer(),
  queueSecondsP50: Seconds,
  queueSecondsP95: Seconds,
  completed: Type.Integer(),
  averageDispatchToCompleteSeconds: Seconds,
  /** Dispatch to completion of the completed assignments: median and 95th percentile. */
  completeSecondsP50: Seconds,
  completeSecondsP95: Seconds,
});
export const DispatchPerformanceReport = Type.Object({
  period: Period,
  items: Type.Array(DispatchPerformanceRow),
});
export type DispatchPerformanceReport = Static<typeof DispatchPerformanceReport>;
