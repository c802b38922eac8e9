import { describe, expect, it } from 'vitest';
import { TenancyError } from '@dispatch/db';
import { CliError, reportError } from './errors';
import { databaseError } from './clients/database-errors';

describe('error reports', () => {
  it('prints expected errors as one line, with field errors only when they add something', () => {
    const error = new CliError('name must not be empty; tier is invalid', {
      fields: [
        { field: 'name', message: 'must not be empty' },
        { field: 'idp.issuer', message: 'must match format "uri"' },
      ],
    });
    expect(reportError(error)).toEqual({
      lines: ['error: name must not be empty; tier is invalid', '  idp.issuer: must match format "uri"'],
      exitCode: 1,
    });
    expect(reportError(new TenancyError('invalid-slug', 'slug must be 3 to 63 characters long'))).toEqual({
      lines: ['error: slug must be 3 to 63 characters long'],
      exitCode: 1,
    });
  });

  it('keeps the stack of unexpected errors', () => {
    const report = reportError(new TypeError('boom'));
    expect(report.lines[0]).toMatch(/^unexpected error: TypeError: boom\n\s+at /);
  });

  it('finds the driver error inside a query wrapper and names the fix', () => {
    const wrapped = Object.assign(new Error('Failed query: select ...'), {
      cause: Object.assign(new Error('relation "platform.tenants" does not exist'), { code: '42P01' }),
    });
    const mapped = databaseError(wrapped, 'postgres://db/x');
    expect(mapped).toBeInstanceOf(CliError);
    expect((mapped as Error).message).toContain('run `dispatch-admin platform migrate` first');
  });
});
