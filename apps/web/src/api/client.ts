import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';
import { toApiError } from './problem';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The API's web session wants every cookie-authenticated write to carry `X-Requested-With` and come from
 * this origin (docs/identity/web-sign-in.md, "CSRF protection"); same-origin fetches send `Origin` themselves.
 */
const csrfHeader: Middleware = {
  onRequest({ request }) {
    if (!SAFE_METHODS.has(request.method)) request.headers.set('x-requested-with', 'fetch');
    return request;
  },
};

/** Typed client for the API on this very host (tenancy is the Host; the session is the cookie). */
export const api = createClient<paths>({
  baseUrl: window.location.origin,
  credentials: 'same-origin',
  // Looked up per call, so test doubles installed after import (msw) are used.
  fetch: (request) => globalThis.fetch(request),
});
api.use(csrfHeader);

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The data of a successful call, or an `ApiError` carrying the API's problem details. */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<T> {
  const { data, error, response } = await call.catch((cause: unknown) => {
    throw toApiError(0, { cause });
  });
  if (!response.ok || error !== undefined) throw toApiError(response.status, error);
  return data as T;
}

/** Like `unwrap`, plus the tenant's event sequence the API reports with a snapshot (`x-tenant-seq`). */
export async function unwrapWithSeq<T>(
  call: Promise<FetchResult<T>>,
): Promise<{ data: T; seq: number | null }> {
  const result = await call.catch((cause: unknown) => {
    throw toApiError(0, { cause });
  });
  if (!result.response.ok || result.error !== undefined)
    throw toApiError(result.response.status, result.error);
  const header = result.response.headers.get('x-tenant-seq');
  const seq = header === null || header === '' ? null : Number(header);
  return { data: result.data as T, seq: Number.isFinite(seq) ? seq : null };
}
