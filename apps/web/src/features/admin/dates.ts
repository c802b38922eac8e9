const DAY_MS = 86_400_000;

/** Whole calendar days from `now` (local midnight) to `date` (YYYY-MM-DD or an ISO time); negative when past. */
export function daysUntil(date: string, now: number): number {
  const target = new Date(date.length === 10 ? `${date}T00:00:00` : date);
  const today = new Date(now);
  today.setHours(0, 0, 0, 0);
  const targetDay = new Date(target);
  targetDay.setHours(0, 0, 0, 0);
  return Math.round((targetDay.getTime() - today.getTime()) / DAY_MS);
}

/** "12 Mar 2027, 14:05" in the browser's locale, or "never". */
export function formatDateTime(iso: string | null): string {
  if (!iso) return 'never';
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function formatDate(iso: string): string {
  return new Date(iso.length === 10 ? `${iso}T00:00:00` : iso).toLocaleDateString(undefined, {
    dateStyle: 'medium',
  });
}
