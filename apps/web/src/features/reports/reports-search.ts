import { z } from 'zod';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** The report period in the URL: whole days, `from` through `to` inclusive; missing means the last 7 days. */
export const reportsSearchSchema = z.object({
  from: day.optional().catch(undefined),
  to: day.optional().catch(undefined),
});
export type ReportsSearch = z.infer<typeof reportsSearchSchema>;

const iso = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/** The last `days` days up to today, as URL dates. */
export function lastDays(days: number, now = new Date()): Required<ReportsSearch> {
  const from = new Date(now);
  from.setDate(from.getDate() - (days - 1));
  return { from: iso(from), to: iso(now) };
}

/** The period as the API wants it: local midnight of `from` to local midnight after `to`. */
export function toApiPeriod(search: ReportsSearch, now = new Date()): { from: string; to: string } {
  const { from, to } = { ...lastDays(7, now), ...search };
  const end = new Date(`${to}T00:00:00`);
  end.setDate(end.getDate() + 1);
  return { from: new Date(`${from}T00:00:00`).toISOString(), to: end.toISOString() };
}
