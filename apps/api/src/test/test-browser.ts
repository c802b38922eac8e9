import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { LookupFunction } from 'node:net';

/** `*.localhost` resolves to loopback in browsers; Node's resolver does not, so tests map it themselves. */
const loopback: LookupFunction = (hostname, options, callback) => {
  if (options.all)
    (callback as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, [
      { address: '127.0.0.1', family: 4 },
    ]);
  else callback(null, '127.0.0.1', 4);
};

export interface BrowserResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  location?: string;
  json<T = Record<string, unknown>>(): T;
}

interface StoredCookie {
  value: string;
  path: string;
}

/**
 * A browser stand-in for tests over real HTTP: a cookie jar with host-only cookies and path matching,
 * no automatic redirects (tests follow them step by step), forms posted as urlencoded.
 */
export class TestBrowser {
  private readonly jar = new Map<string, Map<string, StoredCookie>>();

  cookie(host: string, name: string): string | undefined {
    return this.jar.get(host)?.get(name)?.value;
  }

  async request(
    url: string,
    options: { method?: string; headers?: Record<string, string>; form?: Record<string, string> } = {},
  ): Promise<BrowserResponse> {
    const target = new URL(url);
    const body = options.form ? new URLSearchParams(options.form).toString() : undefined;
    const headers: Record<string, string> = { ...options.headers };
    const cookies = this.cookieHeader(target);
    if (cookies && !headers.cookie) headers.cookie = cookies;
    if (body) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      headers['content-length'] = String(Buffer.byteLength(body));
    }
    const response = await new Promise<BrowserResponse>((resolve, reject) => {
      const req = httpRequest(
        target,
        { method: options.method ?? 'GET', headers, lookup: loopback, agent: false },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            const location = res.headers.location ? new URL(res.headers.location, target).href : undefined;
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              body: text,
              location,
              json: () => JSON.parse(text),
            });
          });
        },
      );
      req.on('error', reject);
      if (body) req.write(body);
      req.end();
    });
    this.store(target, response.headers['set-cookie'] ?? []);
    return response;
  }

  get(url: string, headers?: Record<string, string>) {
    return this.request(url, { headers });
  }

  /** GETs `url` and follows redirects until `stop(url)` says so or a non-redirect answers. */
  async follow(
    url: string,
    stop: (next: string) => boolean = () => false,
    maxHops = 10,
  ): Promise<BrowserResponse> {
    let response = await this.get(url);
    for (let hop = 0; hop < maxHops && response.location && !stop(response.location); hop++) {
      response = await this.get(response.location);
    }
    return response;
  }

  private cookieHeader(target: URL): string {
    const cookies = this.jar.get(target.host);
    if (!cookies) return '';
    return [...cookies]
      .filter(([, cookie]) => target.pathname.startsWith(cookie.path))
      .map(([name, cookie]) => `${name}=${cookie.value}`)
      .join('; ');
  }

  private store(target: URL, lines: string[]): void {
    const cookies = this.jar.get(target.host) ?? new Map<string, StoredCookie>();
    for (const line of lines) {
      const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      const path = attributes.find((a) => /^path=/i.test(a))?.slice(5) ?? '/';
      const expired = attributes.some((a) => /^max-age=0$/i.test(a) || /^expires=.*1970/i.test(a));
      if (!value || expired) cookies.delete(name);
      else cookies.set(name, { value, path });
    }
    this.jar.set(target.host, cookies);
  }
}
