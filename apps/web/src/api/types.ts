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
