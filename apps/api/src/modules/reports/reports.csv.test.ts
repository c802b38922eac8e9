import { describe, expect, it } from 'vitest';
import { toCsv } from './reports.csv';

describe('CSV', () => {
  it('quotes separators, quotes and line breaks', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['x,y', 'say "hi"'],
          ['line\nbreak', null],
        ],
      ),
    ).toBe('a,b\r\n"x,y","say ""hi"""\r\n"line\nbreak",\r\n');
  });

  it('defuses cells a spreadsheet would run as formulas, but not numbers', () => {
    expect(toCsv(['v'], [['=HYPERLINK("x")'], ['+1'], ['@SUM(A1)'], [-3], [0.5]])).toBe(
      'v\r\n"\'=HYPERLINK(""x"")"\r\n\'+1\r\n\'@SUM(A1)\r\n-3\r\n0.5\r\n',
    );
  });
});
