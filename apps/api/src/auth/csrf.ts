import type { FastifyRequest } from 'fastify';
import { AppError } from '#src/kernel/problems';

/**
 * CSRF protection for cookie-authenticated writes (OWASP CSRF cheat sheet: "custom request headers" plus
 * "verifying origin with standard headers"). A state-changing request that relies on the session cookie must
 *  1. carry `X-Requested-With` (any value): a cross-site form or link cannot set a header, and a cross-site
 *     script cannot without a CORS preflight, which this API never grants; and
 *  2. come from this very origin: `Origin` (or, when a browser omits it, `Referer`) must equal
 *     `{protocol}://{host}` of the request.
 * Bearer-token requests are exempt: browsers never attach bearer tokens on their own.
 */
export const CSRF_HEADER = 'x-requested-with';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function originOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    return new URL(value).origin;
  } catch {
    return undefined;
  }
}

export function assertSameOriginWrite(request: FastifyRequest): void {
  if (SAFE_METHODS.has(request.method)) return;
  if (!request.headers[CSRF_HEADER]) {
    throw new AppError('csrf-check-failed', `Cookie-authenticated writes need the ${CSRF_HEADER} header`);
  }
  const origin = originOf(request.headers.origin) ?? originOf(request.headers.referer);
  const expected = `${request.protocol}://${request.host}`;
  if (origin !== expected) {
    throw new AppError('csrf-check-failed', 'Cookie-authenticated writes must come from this origin');
  }
}
