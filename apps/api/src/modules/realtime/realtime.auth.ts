import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { decodeJwt } from 'jose';
import { bearerToken } from '#src/auth/verify-token';
import type { TenantUser } from '#src/auth/tenant-user';
import { AppError } from '#src/kernel/problems';
import type { ResolvedTenant } from '#src/tenancy/tenant-directory';
import { findDriverBySub } from '#src/modules/fleet/index';
import type { Feed } from './realtime.events';

/** How a socket authenticated, and until when that holds (epoch milliseconds). */
export type SocketCredential =
  | { kind: 'bearer'; expiresAt: number }
  /** A web session: `expiresAt` is when its current access token lapses; the session is checked again then. */
  | { kind: 'session'; expiresAt: number };

export interface SocketIdentity {
  tenant: ResolvedTenant;
  user: TenantUser;
  feed: Feed;
  credential: SocketCredential;
}

/**
 * The feed a user follows: staff (admin, dispatcher, viewer) see every event, or their region's when their token
 * limits them to one; a driver who is nothing else sees what is addressed to the driver record linked to them.
 */
export async function feedFor(
  user: TenantUser,
  driverOf: (sub: string) => Promise<string | undefined>,
): Promise<Feed> {
  if (user.roles.some((role) => role === 'admin' || role === 'dispatcher' || role === 'viewer')) {
    return user.region ? `region:${user.region}` : 'all';
  }
  if (!user.roles.includes('driver')) {
    throw new AppError('role-required', 'One of these roles is required: admin, dispatcher, viewer, driver');
  }
  const driverId = await driverOf(user.sub);
  if (!driverId) {
    throw new AppError('driver-not-linked', 'Your account is not linked to a driver; ask an administrator');
  }
  return `driver:${driverId}`;
}

/**
 * The handshake as the tenancy plugin reads an HTTP request: the same headers (Host names the tenant), the token
 * of `auth.token` as a bearer header, the parsed cookies and the protocol the cookie name depends on. A GET, so
 * cookie authentication needs no CSRF header, exactly like a page load.
 */
export function handshakeRequest(
  app: FastifyInstance,
  request: IncomingMessage,
  token: string | undefined,
  trustProxy: boolean,
): FastifyRequest {
  const headers = { ...request.headers };
  if (token) headers.authorization = `Bearer ${token}`;
  const forwarded = headers['x-forwarded-proto'];
  const forwardedProto = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
  const protocol =
    trustProxy && forwardedProto
      ? forwardedProto
      : (request.socket as TLSSocket).encrypted
        ? 'https'
        : 'http';
  const view = {
    id: 'socket-handshake',
    headers,
    method: 'GET',
    protocol,
    host: headers.host,
    cookies: app.parseCookie(headers.cookie ?? ''),
    log: app.log,
  };
  return view as unknown as FastifyRequest;
}

const sameOrigin = (origin: string, host: string | undefined) => {
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
};

/**
 * Authenticates a socket exactly as an HTTP request (`app.resolveTenant`: bearer token, else session cookie;
 * suspended tenants refused), then applies what a route's access rule would: a second factor where the
 * tenant's policy wants one for the user's roles, and a role that may follow a feed.
 */
export async function authenticateSocket(
  app: FastifyInstance,
  view: FastifyRequest,
): Promise<SocketIdentity> {
  const { tenant, user } = await app.resolveTenant(view);
  const mfaRoles = tenant.identity?.mfa.roles ?? [];
  const needsMfa = user.roles.filter((role) => mfaRoles.includes(role));
  if (needsMfa.length > 0 && !user.mfa) {
    throw new AppError('mfa-required', `Sign in with a second factor to act as ${needsMfa.join(', ')}`);
  }
  const feed = await feedFor(user, async (sub) => {
    const driver = await app.systemWork.read(tenant, 'socket-auth', (ctx) => findDriverBySub(ctx.tx, sub));
    return driver?.id;
  });

  const token = bearerToken(view.headers.authorization);
  if (token) {
    // Verified above; only the expiry is read here.
    const { exp } = decodeJwt(token);
    return { tenant, user, feed, credential: { kind: 'bearer', expiresAt: (exp ?? 0) * 1000 } };
  }
  // A cookie: refuse pages of other origins (cross-site WebSocket hijacking), as writes are refused over HTTP.
  const origin = view.headers.origin;
  if (origin && !sameOrigin(origin, view.headers.host)) {
    throw new AppError('origin-not-allowed', 'Cookie-authenticated connections must come from this origin');
  }
  const sessionId = app.webSessions.sessionId(view);
  const session = sessionId ? await app.webSessions.store.get(tenant.id, sessionId) : undefined;
  if (!session) throw new AppError('session-expired', 'Your sign-in has ended; sign in again');
  return { tenant, user, feed, credential: { kind: 'session', expiresAt: session.accessExpiresAt * 1000 } };
}

/** What a refused client sees in `connect_error`: the problem type and status, as HTTP would answer. */
export interface HandshakeError extends Error {
  data: { type: string; status: number };
}

export function handshakeError(error: unknown): HandshakeError {
  const problem =
    error instanceof AppError ? error : new AppError('internal', 'The connection could not be authenticated');
  const refused = new Error(
    problem.status >= 500 ? 'The connection could not be authenticated' : problem.message,
  );
  return Object.assign(refused, { data: { type: problem.type, status: problem.status } });
}
