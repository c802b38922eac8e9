/**
 * The one error type the API raises on purpose. `type` becomes the problem type URI suffix and is stable:
 * clients branch on it. Messages of 4xx errors are shown to the caller; 5xx details never are.
 */
export interface FieldError {
  field: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
    readonly extras: { errors?: FieldError[]; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const badRequest = (message: string, field?: string) =>
  new AppError(400, 'validation-failed', message, field ? { errors: [{ field, message }] } : {});
export const unauthorized = (type: string, message: string) => new AppError(401, type, message);
export const forbidden = (type: string, message: string) => new AppError(403, type, message);
export const notFound = (message = 'Not found') => new AppError(404, 'not-found', message);
export const conflict = (type: string, message: string) => new AppError(409, type, message);

export function assertThat(condition: unknown, error: () => AppError): asserts condition {
  if (!condition) throw error();
}
