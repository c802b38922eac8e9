import { describe, expect, it } from 'vitest';
import { isoTimestamp } from './iso-timestamp';

describe('isoTimestamp', () => {
  it('writes exactly what toISOString writes, over a spread of instants', () => {
    // A fixed-seed walk over 0000–9999 with every field's edges: one-digit values, leap days, last milliseconds.
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const instants = [
      Date.UTC(2026, 11, 1, 6, 42, 0, 123),
      Date.UTC(2024, 1, 29, 23, 59, 59, 999),
      Date.UTC(1970, 0, 1),
      Date.UTC(2000, 0, 1, 0, 0, 0, 5),
      Date.UTC(9999, 11, 31, 23, 59, 59, 999),
      Date.UTC(999, 5, 5, 5, 5, 5, 50),
      new Date('0000-01-01T00:00:00.000Z').getTime(),
      ...Array.from({ length: 5000 }, () => (next() / 2 ** 31) * 253_402_300_799_999 - 62_167_219_200_000),
    ];
    for (const instant of instants) {
      const date = new Date(Math.floor(instant));
      expect(isoTimestamp(date)).toBe(date.toISOString());
    }
  });

  it('leaves extended years to the native format', () => {
    const dates = [new Date('+010000-01-01T00:00:00.000Z'), new Date('-000001-06-01T12:00:00.000Z')];
    for (const date of dates) expect(isoTimestamp(date)).toBe(date.toISOString());
  });

  it('refuses an invalid date as toISOString does', () => {
    expect(() => isoTimestamp(new Date('not a date'))).toThrow(RangeError);
  });
});
