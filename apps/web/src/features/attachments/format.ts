const UNITS = ['bytes', 'KB', 'MB', 'GB'] as const;

/** A file size in the units people read (1024-based, one decimal above bytes). */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit === 0 ? `${value} ${UNITS[0]}` : `${Number(value.toFixed(1))} ${UNITS[unit]}`;
}
