import { Type, type Static } from 'typebox';
import { Page, PageQuery, Uuid } from '#src/http/common.schemas';
import { Region, SafeText } from '#src/http/field.schemas';

const DateTime = Type.String({ format: 'date-time' });
const NullableDateTime = Type.Union([DateTime, Type.Null()]);
const Priority = Type.Union([Type.Literal('urgent'), Type.Literal('standard')]);
const RequestStatus = Type.Union([
  Type.Literal('queued'),
  Type.Literal('dispatched'),
  Type.Literal('cancelled'),
]);
const AssignmentStatus = Type.Union([
  Type.Literal('dispatched'),
  Type.Literal('en_route'),
  Type.Literal('on_site'),
  Type.Literal('completed'),
  Type.Literal('cancelled'),
]);

export const DispatchRequest = Type.Object({
  id: Uuid,
  workOrderId: Uuid,
  workOrderNumber: Type.String(),
  equipmentTypeId: Uuid,
  priority: Priority,
  region: Type.Union([Type.String(), Type.Null()]),
  status: RequestStatus,
  wasQueued: Type.Boolean(),
  requestedBy: Type.Object({ sub: Type.String(), name: Type.Union([Type.String(), Type.Null()]) }),
  createdAt: DateTime,
  dispatchedAt: NullableDateTime,
  cancelledAt: NullableDateTime,
});
export type DispatchRequestDto = Static<typeof DispatchRequest>;

export const Assignment = Type.Object({
  id: Uuid,
  requestId: Uuid,
  workOrderId: Uuid,
  workOrderNumber: Type.String(),
  equipmentId: Uuid,
  equipmentIdentifier: Type.String(),
  equipmentTypeId: Uuid,
  driverId: Uuid,
  driverName: Type.String(),
  region: Type.String({ description: "The work order's region" }),
  equipmentRegion: Type.String(),
  status: AssignmentStatus,
  note: Type.Union([Type.String(), Type.Null()]),
  dispatchedAt: DateTime,
  enRouteAt: NullableDateTime,
  onSiteAt: NullableDateTime,
  completedAt: NullableDateTime,
  cancelledAt: NullableDateTime,
  updatedAt: DateTime,
});
export type AssignmentDto = Static<typeof Assignment>;

export const DispatchRequestCreate = Type.Object(
  {
    workOrderId: Uuid,
    equipmentTypeId: Uuid,
    priority: Priority,
    region: Type.Optional(Region),
  },
  { additionalProperties: false },
);
export type DispatchRequestCreate = Static<typeof DispatchRequestCreate>;

export const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.String({ minLength: 1, maxLength: 255, pattern: '^[\\x21-\\x7E]+$' }),
});

export const Dispatched = Type.Object({ request: DispatchRequest, assignment: Assignment });
export const Queued = Type.Object({ request: DispatchRequest, queuePosition: Type.Integer({ minimum: 1 }) });
export type DispatchedDto = Static<typeof Dispatched>;
export type QueuedDto = Static<typeof Queued>;

export const RequestDetail = Type.Object({
  request: DispatchRequest,
  assignment: Type.Union([Assignment, Type.Null()]),
  queuePosition: Type.Union([Type.Integer(), Type.Null()]),
  estimatedWaitSeconds: Type.Union([Type.Integer(), Type.Null()]),
});

export const RequestListQuery = Type.Object(
  {
    ...PageQuery,
    status: Type.Optional(RequestStatus),
    typeId: Type.Optional(Uuid),
    workOrderId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
export type RequestListQuery = Static<typeof RequestListQuery>;
export const RequestPage = Page(DispatchRequest);

const Verdict = Type.Object({
  id: Type.String(),
  name: Type.String(),
  region: Type.String(),
  verdict: Type.Union([Type.Literal('chosen'), Type.Literal('passed')]),
  reasons: Type.Array(Type.String()),
});
export const Decision = Type.Object({
  at: DateTime,
  actor: Type.Object({ sub: Type.String(), name: Type.Union([Type.String(), Type.Null()]) }),
  rule: Type.String(),
  trigger: Type.String(),
  outcome: Type.Union([Type.Literal('assigned'), Type.Literal('queued')]),
  chosen: Type.Union([
    Type.Object({
      equipmentId: Type.String(),
      equipmentIdentifier: Type.String(),
      driverId: Type.String(),
      driverName: Type.String(),
    }),
    Type.Null(),
  ]),
  equipment: Type.Array(Verdict),
  equipmentNotListed: Type.Integer({
    description: 'Units considered but not listed: beyond the listed ones, or outside your region',
  }),
  drivers: Type.Array(Verdict),
  driversNotListed: Type.Integer({
    description: 'Drivers considered but not listed: beyond the listed ones, or outside your region',
  }),
});
export const DecisionList = Type.Object({ items: Type.Array(Decision) });

export const QueueQuery = Type.Object(
  {
    typeId: Type.Optional(Uuid),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
  },
  { additionalProperties: false },
);
export type QueueQuery = Static<typeof QueueQuery>;

export const QueueView = Type.Object({
  types: Type.Array(
    Type.Object({
      equipmentTypeId: Uuid,
      depth: Type.Object({ urgent: Type.Integer(), standard: Type.Integer(), total: Type.Integer() }),
      averageCompletionSeconds: Type.Union([Type.Number(), Type.Null()]),
      unitsInService: Type.Integer(),
      items: Type.Array(
        Type.Object({
          position: Type.Integer({ minimum: 1 }),
          estimatedWaitSeconds: Type.Union([Type.Integer(), Type.Null()]),
          request: DispatchRequest,
        }),
      ),
    }),
  ),
});
export type QueueViewDto = Static<typeof QueueView>;

export const AssignmentListQuery = Type.Object(
  {
    ...PageQuery,
    status: Type.Optional(Type.Union([Type.Literal('active'), AssignmentStatus])),
    driverId: Type.Optional(Uuid),
    workOrderId: Type.Optional(Uuid),
    equipmentId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
export type AssignmentListQuery = Static<typeof AssignmentListQuery>;
export const AssignmentPage = Page(Assignment);

export const StatusChange = Type.Object(
  {
    status: Type.Union([
      Type.Literal('en_route'),
      Type.Literal('on_site'),
      Type.Literal('completed'),
      Type.Literal('cancelled'),
    ]),
    note: Type.Optional(SafeText({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export type StatusChange = Static<typeof StatusChange>;
