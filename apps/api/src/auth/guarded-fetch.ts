import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import ipaddr from 'ipaddr.js';
import { hostOf, RefusedAddressError, type AddressPolicy } from './public-address';

export interface GuardedFetchOptions {
  addresses: AddressPolicy;
  /** Plain http only for development and tests (the dev identity provider); https otherwise. */
  allowHttp: boolean;
  /** For the whole fetch, redirects included. */
  timeoutMs: number;
  maxBytes: number;
  maxRedirects?: number;
}

/**
 * Why a fetch failed, worded for the tenant admin who typed the URL. For refused addresses it says only that
 * the host is not public: never what (if anything) answered there, its status or its body.
 */
export class FetchFailed extends Error {}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

type Answer = { status: number; location?: string; body?: Buffer };

function assertFetchable(url: URL, options: GuardedFetchOptions): void {
  const httpOk = options.allowHttp && url.protocol === 'http:';
  if (url.protocol !== 'https:' && !httpOk) throw new FetchFailed(`${url.href} must use https`);
  if (url.username || url.password) throw new FetchFailed(`${url.href} must not carry credentials`);
  const host = hostOf(url);
  // A literal IP never goes through `lookup`, so it is checked here; names are checked as they resolve.
  if (ipaddr.isValid(host) && !options.addresses.permits(host)) throw refused(url);
}

const refused = (url: URL) =>
  new FetchFailed(
    `${url.host} does not resolve to a public address (loopback, private, link-local and other internal ` +
      'networks are refused; an on-premises identity provider needs its network allowed by the platform operator)',
  );

function readBody(response: IncomingMessage, maxBytes: number, url: URL): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const tooLarge = () => new FetchFailed(`${url.href} answered with more than ${maxBytes} bytes`);
    if (Number(response.headers['content-length'] ?? 0) > maxBytes) {
      response.destroy();
      return reject(tooLarge());
    }
    const chunks: Buffer[] = [];
    let size = 0;
    response.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        response.destroy();
        reject(tooLarge());
      } else chunks.push(chunk);
    });
    response.on('end', () => resolve(Buffer.concat(chunks)));
    response.on('error', reject);
  });
}

function requestOnce(url: URL, options: GuardedFetchOptions, signal: AbortSignal): Promise<Answer> {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise<Answer>((resolve, reject) => {
    const request = client.request(
      url,
      {
        method: 'GET',
        headers: { accept: 'application/json', 'user-agent': 'dispatch-idp-check' },
        lookup: options.addresses.lookup,
        agent: false,
        signal,
      },
      (response) => {
        const status = response.statusCode ?? 0;
        if (status !== 200) {
          response.resume();
          const location = REDIRECTS.has(status) ? response.headers.location : undefined;
          return resolve({ status, location });
        }
        readBody(response, options.maxBytes, url).then((body) => resolve({ status, body }), reject);
      },
    );
    request.on('error', reject);
    request.end();
  });
}

/**
 * GETs a JSON object from a tenant-supplied URL: only from permitted (public or operator-allowed) addresses,
 * checked after DNS resolution and again for every redirect, which is followed by hand; within one deadline
 * and a size cap.
 */
export async function fetchJsonGuarded(
  target: string,
  options: GuardedFetchOptions,
): Promise<Record<string, unknown>> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  const maxRedirects = options.maxRedirects ?? 3;
  let url = new URL(target);
  for (let redirects = 0; ; redirects++) {
    assertFetchable(url, options);
    let answer: Answer;
    try {
      answer = await requestOnce(url, options, signal);
    } catch (error) {
      if (error instanceof FetchFailed) throw error;
      if (error instanceof RefusedAddressError || (error as NodeJS.ErrnoException).code === 'ENOTFOUND')
        throw refused(url);
      if (signal.aborted) throw new FetchFailed(`${url.href} gave no answer within ${options.timeoutMs} ms`);
      throw new FetchFailed(`${url.href} cannot be reached`);
    }
    if (answer.location !== undefined) {
      if (redirects >= maxRedirects)
        throw new FetchFailed(`${target} redirects more than ${maxRedirects} times`);
      url = new URL(answer.location, url);
      continue;
    }
    if (answer.status !== 200) throw new FetchFailed(`${url.href} answered ${answer.status}`);
    try {
      const body = JSON.parse(answer.body!.toString('utf8')) as unknown;
      if (body && typeof body === 'object' && !Array.isArray(body)) return body as Record<string, unknown>;
    } catch {
      // reported below
    }
    throw new FetchFailed(`${url.href} did not answer with a JSON object`);
  }
}

/** What openid-client hands its `customFetch` (oauth4webapi's shape). */
export interface FetchInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string | URLSearchParams | ArrayBuffer | Uint8Array | ReadableStream | null;
  signal?: AbortSignal;
}

function requestBody(body: FetchInit['body']): string | Buffer | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string') return body;
  if (body instanceof URLSearchParams) return body.toString();
  if (body instanceof ArrayBuffer || body instanceof Uint8Array) return Buffer.from(body as Uint8Array);
  throw new FetchFailed('streamed request bodies are not supported');
}

/**
 * A `fetch` for openid-client (the web sign-in's discovery, token, refresh and logout calls): every request
 * goes only to a permitted address, checked as the name resolves, with a size cap. Redirects are not
 * followed (openid-client asks for `redirect: 'manual'` and treats them as errors).
 */
export function guardedFetch(
  options: Omit<GuardedFetchOptions, 'maxRedirects'>,
): (target: string, init?: FetchInit) => Promise<Response> {
  return async (target, init = {}) => {
    const url = new URL(target);
    assertFetchable(url, options);
    const body = requestBody(init.body);
    const client = url.protocol === 'https:' ? https : http;
    const signal = init.signal ?? AbortSignal.timeout(options.timeoutMs);
    return new Promise<Response>((resolve, reject) => {
      const request = client.request(
        url,
        {
          method: init.method ?? 'GET',
          headers: init.headers,
          lookup: options.addresses.lookup,
          agent: false,
          signal,
        },
        (response) => {
          readBody(response, options.maxBytes, url).then((buffer) => {
            const status = response.statusCode ?? 502;
            const headers = new Headers();
            for (const [name, value] of Object.entries(response.headers)) {
              for (const item of [value ?? []].flat()) headers.append(name, item);
            }
            const empty = status === 204 || status === 304 || buffer.length === 0;
            resolve(new Response(empty ? null : buffer, { status, headers }));
          }, reject);
        },
      );
      request.on('error', (error) => reject(error instanceof RefusedAddressError ? refused(url) : error));
      if (body !== undefined) request.write(body);
      request.end();
    });
  };
}
