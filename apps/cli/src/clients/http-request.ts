import { CliError, type FieldProblem } from '../errors';

interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  requestId?: string;
  errors?: FieldProblem[];
}

/** A problem+json answer: its detail and field errors are what the person needs to see. */
export class ApiProblemError extends CliError {
  constructor(
    readonly status: number,
    readonly type: string,
    detail: string,
    fields: FieldProblem[] = [],
  ) {
    super(`${detail} (HTTP ${status} ${type})`, { fields });
    this.name = 'ApiProblemError';
  }
}

export type ApiRequest = <T>(
  method: string,
  path: string,
  body?: unknown,
) => Promise<{ status: number; body: T }>;

/** A JSON requester bound to one API base URL and bearer token. */
export function apiRequester(baseUrl: string, token: string): ApiRequest {
  return async (method, path, body) => {
    // Relative to the base path, so an API mounted under a prefix (https://host/dispatch/) works too.
    const url = new URL(path.replace(/^\//, ''), baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          accept: 'application/json, application/problem+json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      throw new CliError(
        `cannot reach the API at ${baseUrl} (${cause?.code ?? cause?.message ?? (error as Error).message})`,
      );
    }
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    if (!response.ok) throw toProblemError(response, parsed);
    if (parsed === undefined && text) {
      throw new CliError(`the API answered ${method} ${url.pathname} with non-JSON content`);
    }
    return { status: response.status, body: parsed as never };
  };
}

function toProblemError(response: Response, parsed: unknown): CliError {
  const problem = (parsed ?? {}) as Problem;
  let detail = problem.detail ?? problem.title ?? response.statusText ?? 'request failed';
  if (response.status >= 500 && problem.requestId) detail += ` [request id ${problem.requestId}]`;
  const error = new ApiProblemError(
    response.status,
    problem.type?.split('/').at(-1) ?? 'error',
    detail,
    problem.errors,
  );
  if (response.status === 401) {
    return new CliError(`${error.message}; check --token or DISPATCH_TOKEN`, { fields: error.fields });
  }
  return error;
}
