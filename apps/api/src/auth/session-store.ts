import { createHash, randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { SecretBox } from './secret-box';

/** What the browser's cookie stands for; the tokens never leave the server. */
export interface WebSession {
  tenantId: string;
  sub: string;
  accessToken: string;
  /** `exp` of the access token, epoch seconds. */
  accessExpiresAt: number;
  refreshToken?: string;
  idToken?: string;
  createdAt: number;
  /** Absolute end of the session, epoch seconds. */
  expiresAt: number;
}

const nowSeconds = () => Math.floor(Date.now() / 1000);
const digest = (value: string) => createHash('sha256').update(value).digest('base64url');

/**
 * Web sessions in Redis. The key holds a hash of the cookie value (a Redis dump reveals no usable session
 * ids) under the tenant's hash tag, `dispatch:{t:<tenantId>}:session:<sha256(id)>`, and the value is sealed
 * with the secret box (refresh tokens are not readable at rest). Keys expire with the session.
 */
export class SessionStore {
  constructor(
    private readonly redis: Redis,
    private readonly box: SecretBox,
    readonly ttlSeconds: number,
  ) {}

  private key(tenantId: string, id: string) {
    return `dispatch:{t:${tenantId}}:session:${digest(id)}`;
  }

  async create(
    session: Omit<WebSession, 'createdAt' | 'expiresAt'>,
  ): Promise<{ id: string; session: WebSession }> {
    const id = randomBytes(32).toString('base64url');
    const now = nowSeconds();
    const full: WebSession = { ...session, createdAt: now, expiresAt: now + this.ttlSeconds };
    await this.save(id, full);
    return { id, session: full };
  }

  async get(tenantId: string, id: string): Promise<WebSession | undefined> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(id)) return undefined;
    const key = this.key(tenantId, id);
    const sealed = await this.redis.get(key);
    if (!sealed) return undefined;
    try {
      const session = JSON.parse(this.box.open(sealed, key)) as WebSession;
      return session.tenantId === tenantId && session.expiresAt > nowSeconds() ? session : undefined;
    } catch {
      return undefined;
    }
  }

  /** Writes the session back, keeping its absolute expiry. */
  async save(id: string, session: WebSession): Promise<void> {
    const key = this.key(session.tenantId, id);
    await this.redis.set(key, this.box.seal(JSON.stringify(session), key), 'EXAT', session.expiresAt);
  }

  async destroy(tenantId: string, id: string): Promise<void> {
    await this.redis.del(this.key(tenantId, id));
  }

  /** One refresher per session across replicas; the lock expires on its own if its holder dies. */
  async lockRefresh(
    tenantId: string,
    id: string,
    ttlMs = 10_000,
  ): Promise<(() => Promise<void>) | undefined> {
    const key = `${this.key(tenantId, id)}:refresh`;
    const token = randomBytes(8).toString('hex');
    const acquired = await this.redis.set(key, token, 'PX', ttlMs, 'NX');
    if (!acquired) return undefined;
    return async () => {
      // Release only our own lock.
      await this.redis.eval(
        "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0",
        1,
        key,
        token,
      );
    };
  }

  /** Whether a finished sign-in's state was already redeemed (a replayed callback). */
  async loginUsed(tenantId: string, state: string): Promise<boolean> {
    return (await this.redis.exists(this.usedLoginKey(tenantId, state))) === 1;
  }

  /**
   * Marks a sign-in as redeemed until its transaction would have expired anyway; false when another
   * callback got there first. Written only after the identity provider accepted the code, so anonymous
   * calls never add a key.
   */
  async markLoginUsed(tenantId: string, state: string, expiresAt: number): Promise<boolean> {
    return (await this.redis.set(this.usedLoginKey(tenantId, state), '1', 'EXAT', expiresAt, 'NX')) === 'OK';
  }

  private usedLoginKey(tenantId: string, state: string) {
    return `dispatch:{t:${tenantId}}:login-used:${digest(state)}`;
  }
}
