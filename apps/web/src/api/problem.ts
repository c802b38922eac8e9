/** RFC 9457 problem details as the API renders them (`application/problem+json`). */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: { field: string; message: string }[];
  requestId?: string;
}

/** A failed API call. `problem` is what the API said; a network failure has status 0. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.detail || problem.title);
    this.name = 'ApiError';
  }

  /** The API's message for one field (`body.title`, `title` and `/title` all name the same field). */
  fieldError(field: string): string | undefined {
    return fieldErrors(this.problem)[field];
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** Field errors keyed by the bare field name, whatever prefix the validator used. */
export function fieldErrors(problem: Problem): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { field, message } of problem.errors ?? []) {
    const name = field.replace(/^\/?(body[./])?/, '').replace(/\//g, '.');
    out[name] ??= message;
  }
  return out;
}

function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'status' in value && 'title' in value;
}

export function toApiError(status: number, body: unknown): ApiError {
  if (isProblem(body)) return new ApiError(status, body);
  return new ApiError(status, {
    type: 'about:blank',
    title: status === 0 ? 'Network error' : `HTTP ${status}`,
    status,
    detail: status === 0 ? 'The server could not be reached.' : 'The server answered unexpectedly.',
  });
}
