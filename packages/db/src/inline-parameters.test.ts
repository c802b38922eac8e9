import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { escapeLiteral } from './inline-parameters';

const TRICKY = [
  '',
  'plain',
  "it's",
  "''",
  '\\',
  "\\'",
  "a\\b'c\\\\d''e",
  " E'x'",
  '$1 -- /* */ $$ $tag$',
  'emoji 🚜, lone surrogate \ud800, NUL-free control \u0001\n\t',
  JSON.stringify({ quote: "o'neil", path: 'C:\\fleet\\units', nested: ['\\"', "'"] }),
];

/** Strings drawn from the characters escaping cares about, mixed with ordinary and multi-byte ones. */
function randomStrings(count: number): string[] {
  const alphabet = ["'", '\\', '"', 'E', ' ', 'a', '$', '\n', 'ü', '🚜'];
  let seed = 0x2f6e2b1;
  const next = () => ((seed = (seed * 1103515245 + 12345) >>> 0) % 0x10000) / 0x10000;
  return Array.from({ length: count }, () =>
    Array.from(
      { length: Math.floor(next() * 40) },
      () => alphabet[Math.floor(next() * alphabet.length)],
    ).join(''),
  );
}

describe('escapeLiteral', () => {
  it("gives exactly pg.escapeLiteral's output", () => {
    for (const text of [...TRICKY, ...randomStrings(5_000)]) {
      expect(escapeLiteral(text), JSON.stringify(text)).toBe(pg.escapeLiteral(text));
    }
  });
});
