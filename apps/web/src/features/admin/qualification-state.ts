import { daysUntil } from './dates';

export type QualificationState =
  | { kind: 'permanent' }
  | { kind: 'valid'; days: number }
  | { kind: 'expiring'; days: number }
  | { kind: 'expired'; days: number };

/** Within this many days an expiry is highlighted as coming up (issue 8: "expiring within 30 days"). */
export const EXPIRING_WITHIN_DAYS = 30;

/** Where a qualification stands today: no expiry, valid, expiring within 30 days, or expired. */
export function qualificationState(expiresAt: string | null, now: number): QualificationState {
  if (!expiresAt) return { kind: 'permanent' };
  const days = daysUntil(expiresAt, now);
  if (days < 0 || new Date(expiresAt).getTime() <= now) return { kind: 'expired', days: -days };
  if (days <= EXPIRING_WITHIN_DAYS) return { kind: 'expiring', days };
  return { kind: 'valid', days };
}
