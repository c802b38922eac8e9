import type { IncomingMessage, ServerResponse } from 'node:http';
import type Provider from 'oidc-provider';
import type { AccountDirectory } from './accounts';
import { readForm, sendHtml } from './http-util';
import { errorPage, loginPage } from './pages';
import { requestsMfa } from './provider';
import { authContext } from './token-claims';
import type { DevRealm } from './types';

export interface InteractionDeps {
  realm: DevRealm;
  provider: Provider;
  accounts: AccountDirectory;
}

/**
 * An explicit choice from the page (`1`/`0`) wins; otherwise a requested step-up, then the user's own setting.
 * "Password only" even when the client asked for a second factor stands in for a user who does not complete
 * it: the token says so (acr 1, amr pwd), and the API's MFA policy answers `mfa-required`, as with Keycloak
 * configured to make the second factor optional.
 */
function signsInWithMfa(choice: string | null, userMfa: boolean, mfaRequested: boolean): boolean {
  if (choice === '1' || choice === '0') return choice === '1';
  return mfaRequested || userMfa;
}

/**
 * The sign-in interaction at `{issuer}/interaction/{uid}` (GET shows the page, POST `.../login`
 * signs in). Consent is implied for these first-party clients, so any other prompt finishes at once.
 */
export async function handleInteraction(
  { realm, provider, accounts }: InteractionDeps,
  req: IncomingMessage,
  res: ServerResponse,
  uid: string,
  isLogin: boolean,
): Promise<void> {
  let details;
  try {
    details = await provider.interactionDetails(req, res);
  } catch {
    return sendHtml(
      res,
      400,
      errorPage({
        error: 'invalid_request',
        error_description: 'sign-in expired or cookies missing; start again',
      }),
    );
  }
  if (details.uid !== uid) {
    return sendHtml(
      res,
      400,
      errorPage({ error: 'invalid_request', error_description: 'interaction mismatch' }),
    );
  }
  if (details.prompt.name !== 'login') {
    return provider.interactionFinished(req, res, { consent: {} }, { mergeWithLastSubmission: true });
  }

  const mfaRequested = requestsMfa(details.params.acr_values);
  const page = (status: number, error?: string, username?: string) =>
    sendHtml(
      res,
      status,
      loginPage({
        realm: realm.name,
        clientId: String(details.params.client_id),
        action: `${new URL(req.url ?? '/', 'http://x').pathname.replace(/\/login$/, '')}/login`,
        users: realm.users,
        mfaRequested,
        error,
        username,
      }),
    );

  if (!isLogin || req.method !== 'POST') return page(200);

  const form = await readForm(req);
  const username = form.get('username') ?? '';
  const user = accounts.authenticate(username, form.get('password') ?? '');
  // Keycloak answers a failed sign-in with the form again and an error message.
  if (!user) return page(401, 'Invalid username or password.', username);

  const mfa = signsInWithMfa(form.get('mfa'), user.mfa ?? false, mfaRequested);
  await provider.interactionFinished(
    req,
    res,
    {
      login: { accountId: accounts.subOf(user), ...authContext(mfa), remember: true },
      // Read by the step-up check (provider.ts): the user declined the requested second factor.
      ...(mfaRequested && !mfa ? { mfaDeclined: true } : {}),
    },
    { mergeWithLastSubmission: false },
  );
}
