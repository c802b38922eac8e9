/**
 * Date formats Postgres and `Date` can both store and give back unchanged. Ajv's own `date-time` accepts
 * year 0000 (Postgres has no year zero) and leap seconds (`23:59:60`, which `Date` cannot hold), and both
 * ended as database errors; these accept years 0100–9999 (in UTC, after the offset is applied) only.
 */
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ]([01]\d|2[0-3]):([0-5]\d):([0-5]\d)(\.\d{1,9})?([Zz]|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

// Years 0001–0099 are stored fine but read back wrong: Postgres' text form `0001-01-01 00:00:00+00` goes
// through Date's legacy parser (drizzle, pg), which reads two-digit-looking years as 19xx/20xx.
const EARLIEST = new Date('0100-01-01T00:00:00Z').getTime();
const LATEST = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

function isCalendarDay(year: number, month: number, day: number): boolean {
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const probe = new Date(0);
  probe.setUTCFullYear(year, month - 1, day);
  return probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

export function isDate(value: string): boolean {
  const match = DATE.exec(value);
  return (
    match !== null &&
    Number(match[1]) >= 100 &&
    isCalendarDay(Number(match[1]), Number(match[2]), Number(match[3]))
  );
}

export function isDateTime(value: string): boolean {
  const match = DATE_TIME.exec(value);
  if (!match || !isCalendarDay(Number(match[1]), Number(match[2]), Number(match[3]))) return false;
  // Built field by field: Date.UTC maps years 0–99 to 1900–1999.
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const probe = new Date(0);
  probe.setUTCFullYear(year, month - 1, day);
  probe.setUTCHours(hour, minute, second, 0);
  const zone = match[8]!;
  const offsetMinutes =
    zone === 'Z' || zone === 'z'
      ? 0
      : (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
  const instant = probe.getTime() - offsetMinutes * 60_000;
  return instant >= EARLIEST && instant <= LATEST;
}
