import fp from 'fastify-plugin';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { TenancyError, isDatabaseUnavailable } from '@dispatch/db';
import {
  AppError,
  problemCatalogue,
  problemUri,
  tenancyProblem,
  type FieldError,
  type ProblemType,
} from '#src/kernel/problems';
import { isBrowserNavigation, PROBLEM_PAGE_CSP, renderProblemPage } from '#src/http/problem-page';

interface Problem {
  type: ProblemType;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: FieldError[];
}

function send(
  reply: FastifyReply,
  request: FastifyRequest,
  problem: Problem,
  headers: Record<string, string> = {},
) {
  request.problem = problem.type;
  if (isBrowserNavigation(request)) {
    const html = renderProblemPage(
      { type: problem.type, status: problem.status, detail: problem.detail },
      { url: request.url, host: request.host, requestId: request.id },
    );
    return reply
      .code(problem.status)
      .headers(headers)
      .header('content-security-policy', PROBLEM_PAGE_CSP)
      .header('cache-control', 'no-store')
      .type('text/html; charset=utf-8')
      .send(html);
  }
  return reply
    .code(problem.status)
    .headers(headers)
    .type('application/problem+json')
    .send({
      ...problem,
      type: problemUri(problem.type),
      instance: request.url.split('?')[0],
      requestId: request.id,
    });
}

/** The problem of a catalogue type: its status and title come from the catalogue. */
function problem(type: ProblemType, detail: string, errors?: FieldError[]): Problem {
  const { status, title } = problemCatalogue[type];
  return { type, title, status, detail, ...(errors ? { errors } : {}) };
}

/** The problem type of a 4xx error Fastify itself raises (body parsing, content type, routing). */
function frameworkProblemType(error: FastifyError): ProblemType {
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || error.statusCode === 413) return 'body-too-large';
  if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || error.statusCode === 415)
    return 'unsupported-media-type';
  if (error.statusCode === 404) return 'not-found';
  return 'bad-request';
}

type AjvError = NonNullable<FastifyError['validation']>[number];

const formatValue = (value: unknown) => (value === null ? 'null' : String(value));

/**
 * Values a union of literals allows at each path. Ajv reports such a union failing as one `const` error per
 * literal (plus `type: null` for a nullable one) and an `anyOf`; a client wants one line naming the choices.
 */
function allowedValuesByPath(items: AjvError[]): Map<string, string[]> {
  const unions = new Set(items.filter((item) => item.keyword === 'anyOf').map((item) => item.instancePath));
  const allowed = new Map<string, string[]>();
  for (const item of items) {
    if (!unions.has(item.instancePath)) continue;
    const params = item.params as Record<string, unknown>;
    const value =
      item.keyword === 'const'
        ? formatValue(params.allowedValue)
        : item.keyword === 'type' && params.type === 'null'
          ? 'null'
          : undefined;
    if (value === undefined) continue;
    allowed.set(item.instancePath, [...(allowed.get(item.instancePath) ?? []), value]);
  }
  return allowed;
}

function messageOf(item: AjvError, allowed: Map<string, string[]>): string | undefined {
  const params = item.params as Record<string, unknown>;
  if (params.additionalProperty !== undefined) return 'is not an allowed field';
  if (item.keyword === 'enum')
    return `must be one of: ${(params.allowedValues as unknown[]).map(formatValue).join(', ')}`;
  const choices = allowed.get(item.instancePath);
  if (choices) {
    // Folded into the union's one message; the per-literal errors say nothing more.
    if (item.keyword === 'anyOf') return `must be one of: ${[...new Set(choices)].join(', ')}`;
    if (item.keyword === 'const' || item.keyword === 'type') return undefined;
  }
  return item.message ?? 'is invalid';
}

/** Ajv errors from Fastify's validation, as field paths a client can show next to its inputs. */
function fieldErrors(error: FastifyError): FieldError[] {
  const items = error.validation ?? [];
  const allowed = allowedValuesByPath(items);
  const result: FieldError[] = [];
  for (const item of items) {
    const message = messageOf(item, allowed);
    if (message === undefined) continue;
    const base = item.instancePath.replace(/^\//, '').replaceAll('/', '.');
    const params = item.params as Record<string, unknown>;
    const extra = (params.missingProperty ?? params.additionalProperty) as string | undefined;
    const field = [error.validationContext, base, extra].filter(Boolean).join('.');
    result.push({
      field: field.replace(/^(body|querystring|params|headers)\.?/, '') || String(error.validationContext),
      message,
    });
  }
  return result;
}

/**
 * Errors Fastify raises before routing (a path whose percent-encoding does not decode): problem+json like
 * every other refusal. Passed to Fastify as `frameworkErrors`.
 */
export function frameworkErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const detail =
    error.code === 'FST_ERR_BAD_URL'
      ? 'The path is not valid percent-encoded UTF-8'
      : 'The request is malformed';
  return send(reply, request, problem(frameworkProblemType(error), detail));
}

/** One handler maps everything to RFC 9457 problem+json; 5xx details are logged, never returned. */
export const problemDetailsPlugin = fp(
  async (app) => {
    app.setNotFoundHandler((request, reply) =>
      send(
        reply,
        request,
        problem('not-found', `No route for ${request.method} ${request.url.split('?')[0]}`),
      ),
    );

    app.setErrorHandler((error: FastifyError, request, reply) => {
      if (error instanceof AppError) {
        if (error.status >= 500) request.failure = error;
        return send(
          reply,
          request,
          problem(error.type, error.message, error.extras.errors),
          error.extras.headers,
        );
      }
      if (error instanceof TenancyError) {
        const errors = error.field ? [{ field: error.field, message: error.message }] : undefined;
        return send(reply, request, problem(tenancyProblem(error.code), error.message, errors));
      }
      if (error.validation) {
        const errors = fieldErrors(error);
        const detail = errors.map((item) => `${item.field} ${item.message}`).join('; ');
        return send(reply, request, problem('validation-failed', detail, errors));
      }
      const status = error.statusCode ?? 500;
      if (status >= 400 && status < 500) {
        return send(reply, request, problem(frameworkProblemType(error), error.message));
      }
      request.failure = error;
      if (isDatabaseUnavailable(error)) {
        request.log.warn({ err: error }, 'database unavailable');
        return send(
          reply,
          request,
          problem('database-unavailable', 'The service is busy or restarting; retry shortly.'),
          {
            'retry-after': '2',
          },
        );
      }
      request.log.error({ err: error }, 'unhandled error');
      return send(reply, request, problem('internal', 'An unexpected error occurred; quote the request id.'));
    });
  },
  { name: 'problem-details' },
);
