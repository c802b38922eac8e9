import { describe, expect, it } from 'vitest';
import { fieldErrors, toApiError } from './problem';

describe('problem details', () => {
  it('keys field errors by the bare field name, first message wins', () => {
    expect(
      fieldErrors({
        type: 'validation',
        title: 'Bad request',
        status: 400,
        detail: 'x',
        errors: [
          { field: '/body/title', message: 'must not be empty' },
          { field: 'siteAddress', message: 'is required' },
          { field: '/location/latitude', message: 'must be ≤ 90' },
          { field: 'siteAddress', message: 'second' },
        ],
      }),
    ).toEqual({
      title: 'must not be empty',
      siteAddress: 'is required',
      'location.latitude': 'must be ≤ 90',
    });
  });

  it('turns a non-problem answer into a readable error', () => {
    const error = toApiError(502, '<html>bad gateway</html>');
    expect(error.status).toBe(502);
    expect(error.message).toBe('The server answered unexpectedly.');
  });
});
