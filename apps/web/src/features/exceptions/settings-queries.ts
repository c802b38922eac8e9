import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { DEFAULT_THRESHOLDS, type ExceptionThresholds } from './exceptions';

const settingsSchema = z.object({
  exceptions: z
    .object({
      urgentWaitingMinutes: z.number().positive(),
      dispatchedNotEnRouteMinutes: z.number().positive(),
      qualificationExpiringDays: z.number().nonnegative(),
    })
    .partial(),
});

/**
 * The tenant's exception thresholds from `GET /api/settings` (read loosely: the endpoint is newer than this
 * client's generated types may be). Missing settings, or an API without them, mean the defaults 10/15/7.
 */
export const settingsQueries = {
  thresholds: () =>
    queryOptions({
      queryKey: ['settings', 'exceptions'] as const,
      queryFn: async ({ signal }): Promise<ExceptionThresholds> => {
        const response = await fetch(`${window.location.origin}/api/settings`, {
          signal,
          credentials: 'same-origin',
        }).catch(() => null);
        if (!response?.ok) return DEFAULT_THRESHOLDS;
        const parsed = settingsSchema.safeParse(await response.json().catch(() => null));
        return parsed.success ? { ...DEFAULT_THRESHOLDS, ...parsed.data.exceptions } : DEFAULT_THRESHOLDS;
      },
      staleTime: 5 * 60_000,
    }),
};
