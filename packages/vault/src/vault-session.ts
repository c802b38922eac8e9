import { readFile } from 'node:fs/promises';
import type nodeVault from 'node-vault';
import type { VaultConfig } from '@dispatch/config';

export type VaultClient = nodeVault.client;

/** What the session reports, for logs and metrics (never a token). */
export type VaultSessionEvent =
  | { type: 'logged-in'; method: string; ttlSeconds: number }
  | { type: 'token-renewed'; ttlSeconds: number }
  | { type: 'token-renewal-failed'; error: unknown }
  | { type: 'login-failed'; error: unknown };

export interface VaultSession {
  readonly client: VaultClient;
  /** Called after the token was replaced by a new login: leases of the old token end when it expires. */
  onNewToken(listener: () => void): void;
  onEvent(listener: (event: VaultSessionEvent) => void): void;
  /** Stops renewing the token (leases are given back by their owners). */
  close(): void;
}

interface LoginResult {
  ttlSeconds: number;
  renewable: boolean;
}

/**
 * Logs in to Vault with node-vault (Kubernetes service account, AppRole or a given token) and keeps the token
 * alive: it is renewed before it expires, and once Vault grants less than asked (the token's max TTL is near)
 * or renewal fails, the session logs in again and tells its listeners, which then take new leases.
 */
export async function openVaultSession(config: VaultConfig): Promise<VaultSession> {
  // Loaded here, not at import: a deployment without Vault never loads node-vault and its HTTP stack.
  const { default: nodeVault } = await import('node-vault');
  const client = nodeVault({
    endpoint: config.address,
    namespace: config.namespace,
    token: config.auth.method === 'token' ? config.auth.token : undefined,
    requestOptions: { timeout: config.requestTimeoutMs },
  });
  const newTokenListeners: Array<() => void> = [];
  const eventListeners: Array<(event: VaultSessionEvent) => void> = [];
  const emit = (event: VaultSessionEvent) => eventListeners.forEach((listener) => listener(event));
  let closed = false;
  let retry: NodeJS.Timeout | undefined;
  let requestedTtl = 0;

  const renewFrom = (login: LoginResult) => {
    client.stopTokenRenewal();
    requestedTtl = login.ttlSeconds;
    // A root or otherwise non-expiring token (ttl 0) needs nothing.
    if (!login.renewable || login.ttlSeconds <= 0) return;
    void client.startTokenRenewal({
      ttl: login.ttlSeconds,
      increment: login.ttlSeconds,
      renewFraction: config.renewAt,
    });
  };

  let relogging: Promise<void> | undefined;
  const relogin = () => {
    relogging ??= loginAgain().finally(() => {
      relogging = undefined;
    });
    return relogging;
  };
  const loginAgain = async () => {
    if (closed || config.auth.method === 'token') return;
    try {
      const login = await logIn(client, config);
      emit({ type: 'logged-in', method: config.auth.method, ttlSeconds: login.ttlSeconds });
      renewFrom(login);
      newTokenListeners.forEach((listener) => listener());
    } catch (error) {
      emit({ type: 'login-failed', error });
      retry = setTimeout(() => void relogin(), 5_000);
      retry.unref();
    }
  };

  client.on('token:renewed', (result: { auth?: { lease_duration?: number } }) => {
    const granted = result.auth?.lease_duration ?? 0;
    emit({ type: 'token-renewed', ttlSeconds: granted });
    if (granted < requestedTtl) void relogin();
  });
  client.on('token:error:renew', (error: unknown) => {
    emit({ type: 'token-renewal-failed', error });
    void relogin();
  });
  client.on('token:expired', () => void relogin());

  const login = await logIn(client, config);
  renewFrom(login);
  return {
    client,
    onNewToken: (listener) => newTokenListeners.push(listener),
    onEvent: (listener) => {
      eventListeners.push(listener);
      listener({ type: 'logged-in', method: config.auth.method, ttlSeconds: login.ttlSeconds });
    },
    close() {
      closed = true;
      clearTimeout(retry);
      client.stopAllRenewals();
    },
  };
}

/** One login; node-vault keeps the returned token on the client for every later call. */
async function logIn(client: VaultClient, config: VaultConfig): Promise<LoginResult> {
  const { auth } = config;
  let response: { auth?: { lease_duration?: number; renewable?: boolean } };
  if (auth.method === 'kubernetes') {
    const jwt = (await readFile(auth.kubernetesTokenPath, 'utf8')).trim();
    response = await client.kubernetesLogin({ mount_point: auth.mount, role: auth.role, jwt });
  } else if (auth.method === 'approle') {
    response = await client.approleLogin({
      mount_point: auth.mount,
      role_id: auth.roleId,
      secret_id: auth.secretId,
    });
  } else {
    const self = (await client.tokenLookupSelf()) as { data?: { ttl?: number; renewable?: boolean } };
    return { ttlSeconds: self.data?.ttl ?? 0, renewable: self.data?.renewable ?? false };
  }
  return { ttlSeconds: response.auth?.lease_duration ?? 0, renewable: response.auth?.renewable ?? false };
}
