import type { SecretBox } from './secret-box';

/** A sign-in in progress, between `/auth/login` and `/auth/callback`. */
export interface LoginTransaction {
  state: string;
  codeVerifier: string;
  nonce: string;
  returnTo: string;
  redirectUri: string;
  /** Epoch seconds after which the callback refuses it. */
  expiresAt: number;
}

export const LOGIN_TRANSACTION_TTL_SECONDS = 600;

const context = (tenantId: string) => `login-transaction:${tenantId}`;

/**
 * The login transaction travels in the browser's short-lived, httpOnly login cookie, sealed with the secret
 * box (AES-GCM, bound to the tenant): an anonymous `/auth/login` stores nothing on the server, and the
 * browser can neither read the PKCE verifier nor change `returnTo`.
 */
export function sealLoginTransaction(box: SecretBox, tenantId: string, login: LoginTransaction): string {
  return box.seal(JSON.stringify(login), context(tenantId));
}

/** The transaction in the cookie, or undefined when it is missing, forged, another tenant's or expired. */
export function openLoginTransaction(
  box: SecretBox,
  tenantId: string,
  sealed: string | undefined,
): LoginTransaction | undefined {
  if (!sealed || sealed.length > 4096) return undefined;
  try {
    const login = JSON.parse(box.open(sealed, context(tenantId))) as LoginTransaction;
    return login.expiresAt > Math.floor(Date.now() / 1000) ? login : undefined;
  } catch {
    return undefined;
  }
}
