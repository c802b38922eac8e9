import type { paths } from './schema';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
/** The JSON body of a 200/201 answer of `method path`. */
export type ResponseOf<
  P extends keyof paths,
  M extends keyof paths[P],
  S extends number = 200,
> = paths[P][M] extends {
  responses: infer R;
}
  ? S extends keyof R
    ? Json<R[S]>
    : never
  : never;
/** The JSON request body of `method path`. */
export type BodyOf<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer B } };
}
  ? B
  : never;

export type WorkOrder = ResponseOf<'/api/work-orders', 'get'>['items'][number];
export type Assignment = ResponseOf<'/api/dispatch/assignments', 'get'>['items'][number];
export type DispatchRequest = ResponseOf<'/api/dispatch/requests', 'get'>['items'][number];
export type Equipment = ResponseOf<'/api/equipment', 'get'>['items'][number];
export type EquipmentType = ResponseOf<'/api/equipment-types', 'get'>['items'][number];
export type Driver = ResponseOf<'/api/drivers', 'get'>['items'][number];
export type QueueView = ResponseOf<'/api/dispatch/queue', 'get'>;
export type QueueType = QueueView['types'][number];
export type QueueEntry = QueueType['items'][number];
export type Decision = ResponseOf<'/api/dispatch/requests/{id}/decisions', 'get'>['items'][number];
export type DispatchAnswer =
  | ({ outcome: 'dispatched' } & ResponseOf<'/api/dispatch/requests', 'post', 201>)
  | ({ outcome: 'queued' } & ResponseOf<'/api/dispatch/requests', 'post', 202>);
