import { DEFAULT_PASSWORD } from './accounts';
import type { DevUser } from './types';

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const html = (value: unknown): string => String(value).replace(/[&<>"']/g, (c) => escapes[c] ?? c);

const STYLE =
  'body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#222}' +
  'button{cursor:pointer;padding:.6rem .8rem;font:inherit}.user{display:flex;gap:.4rem;margin:.4rem 0}' +
  '.user form:first-child{flex:1}.user form:first-child button{width:100%;text-align:left}' +
  'input,select{font:inherit;padding:.4rem;max-width:100%}' +
  '.muted{color:#666;font-size:.9em}.error{color:#b00020}label{display:block;margin:.5rem 0}';

function layout(title: string, body: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${html(title)}</title><style>${STYLE}</style></head><body>${body}</body></html>`;
}

export interface LoginPageInput {
  realm: string;
  clientId: string;
  action: string;
  users: DevUser[];
  mfaRequested: boolean;
  error?: string;
  username?: string;
}

function userForm(action: string, user: DevUser, label: string, mfa?: '0'): string {
  return `<form method="post" action="${html(action)}">
<input type="hidden" name="username" value="${html(user.username)}">
<input type="hidden" name="password" value="${html(user.password ?? DEFAULT_PASSWORD)}">
${mfa ? `<input type="hidden" name="mfa" value="${mfa}">` : ''}<button type="submit">${label}</button></form>`;
}

/** One row per seeded user: sign in as configured, or with the password only (no second factor). */
function userButton(action: string, user: DevUser): string {
  const details = [user.roles.join(', '), user.region && `region ${user.region}`, user.mfa && 'MFA']
    .filter(Boolean)
    .join(' · ');
  const label = `<strong>${html(user.username)}</strong> <span class="muted">${html(details)}</span>`;
  const passwordOnly = `Password only<span class="muted"> (${html(user.username)})</span>`;
  return `<div class="user">${userForm(action, user, label)}${userForm(action, user, passwordOnly, '0')}</div>`;
}

/** Sign-in page: one button per seeded user plus a plain username/password form. No JavaScript. */
export function loginPage(input: LoginPageInput): string {
  const { realm, clientId, action, users, mfaRequested, error, username } = input;
  return layout(
    `Sign in to ${realm}`,
    `<h1>Sign in to ${html(realm)}</h1>
<p class="muted">Development identity provider (stand-in for Keycloak) · client ${html(clientId)}${mfaRequested ? ' · second factor requested' : ''}</p>
${error ? `<p class="error" role="alert">${html(error)}</p>` : ''}
<h2>Seeded users</h2><div class="users">${users.map((u) => userButton(action, u)).join('\n')}</div>
<h2>Username and password</h2>
<form method="post" action="${html(action)}" id="login">
<label>Username <input name="username" autocomplete="username" value="${html(username ?? '')}" required></label>
<label>Password <input name="password" type="password" autocomplete="current-password" placeholder="${DEFAULT_PASSWORD}"></label>
<label>Second factor <select name="mfa"><option value="">as configured for the user</option><option value="1">with one-time code</option><option value="0">password only (no second factor)</option></select></label>
<button type="submit">Sign in</button></form>`,
  );
}

export function logoutConfirmPage(realm: string, form: string): string {
  return layout(
    'Sign out',
    `<h1>Sign out of ${html(realm)}?</h1>${form}
<button type="submit" form="op.logoutForm" name="logout" value="yes">Sign out</button>
<button type="submit" form="op.logoutForm">Stay signed in</button>`,
  );
}

export function loggedOutPage(realm: string): string {
  return layout('Signed out', `<h1>Signed out of ${html(realm)}</h1>`);
}

export function errorPage(out: object): string {
  const rows = Object.entries(out).map(([k, v]) => `<p><strong>${html(k)}</strong>: ${html(v)}</p>`);
  return layout('Error', `<h1>Something went wrong</h1>${rows.join('')}`);
}
