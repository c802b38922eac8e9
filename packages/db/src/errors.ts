/** Errors the tenancy layer raises for callers (API, CLI) to map onto their own surfaces. */
export type TenancyErrorCode =
  'invalid-slug' | 'slug-conflict' | 'tenant-not-found' | 'invalid-state' | 'migration-checksum-mismatch';

export class TenancyError extends Error {
  constructor(
    readonly code: TenancyErrorCode,
    message: string,
    /** The input field at fault, when there is one. */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'TenancyError';
  }
}
