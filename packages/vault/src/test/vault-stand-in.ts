import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { renderVaultStatements } from '@dispatch/db';

/**
 * STAND-IN, NOT VAULT. No Vault binary runs on the build machines, so local tests talk to this small HTTP
 * server implementing the part of Vault's API that node-vault calls for Dispatch: AppRole login, token
 * lookup-self and renew-self, KV v2 read, `<mount>/creds/<role>` (which really runs the repository's creation
 * statements against Postgres), `sys/leases/renew` (renewal statements, capped at max_ttl) and
 * `sys/leases/revoke` (revocation statements), and `<mount>/static-creds/<role>` (a password it rotates with
 * ALTER ROLE, as Vault's default rotation statement). Like Vault, it revokes a lease when it expires and a token's
 * leases when the token expires. CI runs the same tests against a real `hashicorp/vault` dev server
 * (VAULT_TEST_ADDR); docs/operations/vault.md says what was verified only here.
 */
export interface VaultStandInOptions {
  /** A connection allowed to create and drop roles in the database (Vault's own database user). */
  databaseAdminUrl: string;
  databaseMount: string;
  /** Dynamic roles under the mount, with their TTLs in seconds. */
  roles: Record<string, { defaultTtl: number; maxTtl: number }>;
  /** Static roles under the mount: an existing login whose password is rotated every `rotationPeriod` s. */
  staticRoles?: Record<string, { username: string; rotationPeriod: number }>;
  approle: { roleId: string; secretId: string; tokenTtl: number; tokenMaxTtl: number };
  /** KV v2 secrets by data path (`secret/data/dispatch/test`). */
  kv: Record<string, Record<string, string>>;
}

interface Lease {
  id: string;
  username: string;
  token: string;
  expiresAt: number;
  maxExpiresAt: number;
  timer: NodeJS.Timeout;
}

interface Token {
  expiresAt: number;
  maxExpiresAt: number;
  timer: NodeJS.Timeout;
}

export interface VaultStandIn {
  address: string;
  close(): Promise<void>;
}

export async function startVaultStandIn(options: VaultStandInOptions): Promise<VaultStandIn> {
  const database = new pg.Pool({ connectionString: options.databaseAdminUrl, max: 2 });
  database.on('error', () => undefined);
  const tokens = new Map<string, Token>();
  const leases = new Map<string, Lease>();

  const runStatements = async (sql: string) => {
    await database.query(`BEGIN; ${sql} COMMIT;`).catch(async (error: unknown) => {
      await database.query('ROLLBACK').catch(() => undefined);
      throw error;
    });
  };

  const revokeLease = async (id: string) => {
    const lease = leases.get(id);
    if (!lease) return;
    leases.delete(id);
    clearTimeout(lease.timer);
    await runStatements(renderVaultStatements('revocation', { name: lease.username }));
  };

  const expireLeaseAt = (lease: Lease) => {
    clearTimeout(lease.timer);
    lease.timer = setTimeout(
      () => void revokeLease(lease.id).catch(() => undefined),
      lease.expiresAt - Date.now(),
    );
  };

  const issueToken = () => {
    const token = `hvs.stand-in-${randomBytes(12).toString('hex')}`;
    const now = Date.now();
    const entry: Token = {
      expiresAt: now + options.approle.tokenTtl * 1000,
      maxExpiresAt: now + options.approle.tokenMaxTtl * 1000,
      timer: setTimeout(() => undefined, 0),
    };
    tokens.set(token, entry);
    expireTokenAt(token, entry);
    return token;
  };

  // As in Vault, a token's leases are revoked with it.
  const expireTokenAt = (token: string, entry: Token) => {
    clearTimeout(entry.timer);
    entry.timer = setTimeout(() => {
      tokens.delete(token);
      for (const lease of [...leases.values()])
        if (lease.token === token) void revokeLease(lease.id).catch(() => undefined);
    }, entry.expiresAt - Date.now());
  };

  // Static roles: Vault sets a password at once, then rotates it every rotation period.
  const statics = new Map<
    string,
    { username: string; password: string; rotatedAt: number; period: number }
  >();
  const rotate = async (name: string, username: string, period: number) => {
    const password = randomBytes(18).toString('base64url');
    await database.query(
      `ALTER ROLE ${pg.escapeIdentifier(username)} WITH PASSWORD ${pg.escapeLiteral(password)}`,
    );
    statics.set(name, { username, password, rotatedAt: Date.now(), period });
  };
  const rotations: NodeJS.Timeout[] = [];
  for (const [name, role] of Object.entries(options.staticRoles ?? {})) {
    await rotate(name, role.username, role.rotationPeriod);
    const timer = setInterval(
      () => void rotate(name, role.username, role.rotationPeriod).catch(() => undefined),
      role.rotationPeriod * 1000,
    );
    rotations.push(timer);
  }

  const routes = async (method: string, path: string, body: Record<string, unknown>, token?: string) => {
    if (path === `/v1/auth/approle/login`) {
      if (body.role_id !== options.approle.roleId || body.secret_id !== options.approle.secretId)
        return [400, { errors: ['invalid role or secret ID'] }] as const;
      const client_token = issueToken();
      return [
        200,
        {
          auth: {
            client_token,
            lease_duration: options.approle.tokenTtl,
            renewable: true,
            policies: ['dispatch'],
          },
        },
      ] as const;
    }
    const session = token ? tokens.get(token) : undefined;
    if (!token || !session) return [403, { errors: ['permission denied'] }] as const;

    if (path === '/v1/auth/token/lookup-self') {
      return [
        200,
        { data: { ttl: Math.round((session.expiresAt - Date.now()) / 1000), renewable: true } },
      ] as const;
    }
    if (path === '/v1/auth/token/renew-self') {
      const increment = Number(body.increment ?? options.approle.tokenTtl) * 1000;
      session.expiresAt = Math.min(Date.now() + increment, session.maxExpiresAt);
      expireTokenAt(token, session);
      const lease_duration = Math.round((session.expiresAt - Date.now()) / 1000);
      return [200, { auth: { client_token: token, lease_duration, renewable: true } }] as const;
    }
    const kv = options.kv[path.slice('/v1/'.length)];
    if (method === 'GET' && kv) {
      return [200, { data: { data: kv, metadata: { version: 1 } } }] as const;
    }
    const staticCreds = new RegExp(`^/v1/${options.databaseMount}/static-creds/([^/]+)$`).exec(path);
    const staticRole = staticCreds ? statics.get(staticCreds[1]!) : undefined;
    if (method === 'GET' && staticRole) {
      const ttl = Math.max(
        0,
        Math.floor((staticRole.rotatedAt + staticRole.period * 1000 - Date.now()) / 1000),
      );
      const { username, password, period } = staticRole;
      return [
        200,
        { lease_id: '', lease_duration: 0, data: { username, password, ttl, rotation_period: period } },
      ] as const;
    }
    const creds = new RegExp(`^/v1/${options.databaseMount}/creds/([^/]+)$`).exec(path);
    if (method === 'GET' && creds) {
      const role = options.roles[creds[1]!];
      if (!role) return [400, { errors: [`unknown role: ${creds[1]}`] }] as const;
      const now = Date.now();
      const username = `v-approle-${creds[1]!.slice(0, 10)}-${randomBytes(10).toString('hex')}-${Math.floor(now / 1000)}`;
      const password = randomBytes(18).toString('base64url');
      const expiresAt = now + role.defaultTtl * 1000;
      await runStatements(
        renderVaultStatements('creation', { name: username, password, expiration: new Date(expiresAt) }),
      );
      const id = `${options.databaseMount}/creds/${creds[1]}/${randomUUID()}`;
      const lease: Lease = {
        id,
        username,
        token,
        expiresAt,
        maxExpiresAt: now + role.maxTtl * 1000,
        timer: setTimeout(() => undefined, 0),
      };
      leases.set(id, lease);
      expireLeaseAt(lease);
      return [
        200,
        { lease_id: id, lease_duration: role.defaultTtl, renewable: true, data: { username, password } },
      ] as const;
    }
    if (path === '/v1/sys/leases/renew') {
      const lease = leases.get(String(body.lease_id));
      if (!lease) return [400, { errors: ['lease not found'] }] as const;
      // Whole seconds, as Vault: the increment when it fits, else what is left until max_ttl, rounded down.
      const now = Date.now();
      const lease_duration = Math.max(
        0,
        Math.floor((Math.min(now + Number(body.increment ?? 0) * 1000, lease.maxExpiresAt) - now) / 1000),
      );
      lease.expiresAt = now + lease_duration * 1000;
      await runStatements(
        renderVaultStatements('renewal', { name: lease.username, expiration: new Date(lease.expiresAt) }),
      );
      expireLeaseAt(lease);
      return [200, { lease_id: lease.id, renewable: true, lease_duration }] as const;
    }
    if (path === '/v1/sys/leases/revoke') {
      await revokeLease(String(body.lease_id));
      return [204, undefined] as const;
    }
    return [404, { errors: [`no handler for ${method} ${path}`] }] as const;
  };

  const server = createServer((request, response) => {
    void handle(request, response);
  });
  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    try {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const text = Buffer.concat(chunks).toString('utf8');
      const body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
      const token = request.headers['x-vault-token'];
      const url = new URL(request.url ?? '/', 'http://stand-in');
      const [status, payload] = await routes(
        request.method ?? 'GET',
        url.pathname,
        body,
        typeof token === 'string' ? token : undefined,
      );
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(payload === undefined ? undefined : JSON.stringify(payload));
    } catch (error) {
      response.writeHead(500, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ errors: [String(error)] }));
    }
  };
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    address: `http://127.0.0.1:${port}`,
    async close() {
      for (const entry of tokens.values()) clearTimeout(entry.timer);
      for (const timer of rotations) clearInterval(timer);
      for (const id of [...leases.keys()]) await revokeLease(id).catch(() => undefined);
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await database.end();
    },
  };
}
