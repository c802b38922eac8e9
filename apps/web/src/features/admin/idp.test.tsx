import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe';
import { http, HttpResponse, problem, server, url } from '../../test/msw';
import { renderApp } from '../../test/render';

const ISSUER = 'https://login.acme.test/realms/acme';
const stored = {
  issuer: ISSUER,
  apiAudience: 'dispatch-api',
  clientSecretStatus: { set: true, source: 'stored', reference: null, updatedAt: null },
};
const steps = (ok: boolean) => ({
  ok,
  issuer: ISSUER,
  checks: [
    { name: 'issuer-url', ok: true, detail: 'https, public address' },
    { name: 'discovery', ok: true, detail: 'discovery document found' },
    { name: 'issuer-match', ok: true, detail: 'issuer matches' },
    { name: 'jwks', ok: true, detail: 'key set fetched' },
    { name: 'signing-keys', ok, detail: ok ? '2 RS256 keys' : 'no signing keys in the key set' },
  ],
});

describe('identity provider settings', () => {
  it('saves only after a passing dry run of exactly these settings, shown step by step', async () => {
    const checked: unknown[] = [];
    const saved: unknown[] = [];
    let pass = false;
    server.use(
      http.get(url('/api/settings/idp'), () => HttpResponse.json(stored)),
      http.post(url('/api/settings/idp/check'), async ({ request }) => {
        checked.push(await request.json());
        return HttpResponse.json(steps(pass));
      }),
      http.put(url('/api/settings/idp'), async ({ request }) => {
        saved.push(await request.json());
        return problem(409, 'idp-issuer-taken', 'Taken', [
          { field: 'issuer', message: 'Another tenant uses this issuer' },
        ]);
      }),
    );
    const user = userEvent.setup();
    await renderApp('/admin/identity', { me: { roles: ['admin'] } });
    const save = await screen.findByRole('button', { name: 'Save identity provider' });
    expect(save).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Run dry run' }));
    expect(await screen.findByText(/Dry run failed/)).toBeInTheDocument();
    expect(screen.getByText('Signing keys').closest('li')).toHaveTextContent(
      'failed — no signing keys in the key set',
    );
    expect(screen.getByText('Discovery document').closest('li')).toHaveTextContent('passed');
    expect(save).toBeDisabled();

    pass = true;
    await user.click(screen.getByRole('button', { name: 'Run dry run' }));
    expect(await screen.findByText(/Dry run passed/)).toBeInTheDocument();
    expect(save).toBeEnabled();
    await expectNoAxeViolations();

    // An edit after the dry run needs a new one.
    const webClient = screen.getByLabelText('Web client id');
    await user.type(webClient, 'dispatch-web');
    expect(save).toBeDisabled();
    expect(screen.getByText(/changed since the last dry run/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Run dry run' }));
    await screen.findByText(/Dry run passed/);
    await user.click(save);

    const issuer = screen.getByLabelText('Issuer URL');
    expect(await screen.findByText('Another tenant uses this issuer')).toBeInTheDocument();
    expect(issuer).toHaveAttribute('aria-invalid', 'true');
    expect(checked.at(-1)).toEqual({
      issuer: ISSUER,
      webClientId: 'dispatch-web',
      apiAudience: 'dispatch-api',
    });
    expect(saved).toEqual([{ issuer: ISSUER, webClientId: 'dispatch-web', apiAudience: 'dispatch-api' }]);
  });
});
