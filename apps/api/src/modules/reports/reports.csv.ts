import { isoTimestamp } from '#src/kernel/iso-timestamp';

/**
 * RFC 4180 CSV. Cells that a spreadsheet would run as a formula (leading =, +, -, @, tab or CR) are prefixed
 * with an apostrophe, since identifiers and names come from users.
 */
export function toCsv(columns: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const lines = [columns, ...rows].map((row) => row.map(cell).join(','));
  return lines.join('\r\n') + '\r\n';
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = value instanceof Date ? isoTimestamp(value) : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
