import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { ResponseOf } from '../../api/types';

type Period = { from: string; to: string };

/** The two reports over a period, as JSON (the answer could be CSV only with `format=csv`, see `csvUrl`). */
export const reportQueries = {
  utilization: (period: Period) =>
    queryOptions({
      queryKey: ['reports', 'utilization', period] as const,
      queryFn: ({ signal }) =>
        unwrap(api.GET('/api/reports/utilization', { params: { query: period }, signal })) as Promise<
          ResponseOf<'/api/reports/utilization', 'get'>
        >,
    }),
  dispatch: (period: Period) =>
    queryOptions({
      queryKey: ['reports', 'dispatch', period] as const,
      queryFn: ({ signal }) =>
        unwrap(api.GET('/api/reports/dispatch', { params: { query: period }, signal })) as Promise<
          ResponseOf<'/api/reports/dispatch', 'get'>
        >,
    }),
};

export function csvUrl(report: 'utilization' | 'dispatch', period: Period): string {
  return `/api/reports/${report}?${new URLSearchParams({ ...period, format: 'csv' })}`;
}
