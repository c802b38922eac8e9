import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

export const workOrderDetail = (id: string) =>
  queryOptions({
    queryKey: ['work-orders', 'detail', id] as const,
    queryFn: ({ signal }) => unwrap(api.GET('/api/work-orders/{id}', { params: { path: { id } }, signal })),
  });
