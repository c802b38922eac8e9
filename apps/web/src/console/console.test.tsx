import { QueryClientProvider } from '@tanstack/react-query';
import { createMemoryHistory, RouterProvider } from '@tanstack/react-router';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Toaster } from 'sonner';
import { describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../query-client';
import { expectNoAxeViolations } from '../test/axe';
import { http, HttpResponse, problem, server, url } from '../test/msw';
import { createConsoleRouter } from './console-router';
import { isPlatformHost } from './platform-session';

const ISSUER = 'https://login.newco.test/realms/newco';
function tenant(overrides: Record<string, unknown> = {}) {
  return {
    id: 'ten-1',
    slug: 'acme',
    name: 'Acme Cranes',
    status: 'active',
    tier: 'standard',
    schema: 'tenant_acme',
    templateVersion: '0012',
    idp: { issuer: 'https://sso.acme.test/realms/acme' },
    rateLimits: null,
    exportLocation: null,
    deletedAt: null,
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    ...overrides,
  };
}

async function renderConsole(path: string) {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retry: false } });
  server.use(
    http.get(url('/platform/me'), () => HttpResponse.json({ user: { sub: 'p-1', name: 'Pia Platform' } })),
  );
  const router = createConsoleRouter(queryClient, createMemoryHistory({ initialEntries: [path] }));
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
      <Toaster />
    </QueryClientProvider>,
  );
  await router.load();
  await screen.findByRole('navigation', { name: 'Main' });
  return router;
}

const migrations = (lastRun: object | null = null) =>
  HttpResponse.json({
    latestVersion: '0012',
    tenants: [{ tenantId: 'ten-1', slug: 'acme', version: '0011', pending: 1 }],
    lastRun,
  });

describe('platform console', () => {
  it('knows the platform host from the tenant hosts', () => {
    expect(isPlatformHost('platform.localhost')).toBe(true);
    expect(isPlatformHost('acme.localhost')).toBe(false);
    expect(isPlatformHost('platform-co.localhost')).toBe(false);
  });

  it('creates a tenant only after the IdP dry run passes, shown step by step', async () => {
    const created: unknown[] = [];
    let ok = false;
    const tenants = [tenant()];
    server.use(
      http.get(url('/platform/tenants'), () => HttpResponse.json({ items: tenants, nextCursor: null })),
      http.get(url('/platform/migrations'), () => migrations()),
      http.post(url('/platform/idp/check'), () =>
        HttpResponse.json({
          ok,
          issuer: ISSUER,
          checks: [
            { name: 'issuer-url', ok: true, detail: 'public https address' },
            { name: 'discovery', ok, detail: ok ? 'found' : 'connection refused' },
          ],
        }),
      ),
      http.post(url('/platform/tenants'), async ({ request }) => {
        const body = (await request.json()) as { slug: string };
        created.push(body);
        if (body.slug === 'acme')
          return problem(409, 'tenant-exists', 'Taken', [
            { field: 'slug', message: 'This subdomain is taken' },
          ]);
        tenants.push(tenant({ id: 'ten-2', slug: body.slug, name: 'NewCo' }));
        return HttpResponse.json(tenants.at(-1), { status: 201 });
      }),
    );
    const user = userEvent.setup();
    await renderConsole('/');
    expect(await screen.findByRole('link', { name: 'Acme Cranes' })).toBeInTheDocument();
    expect(await screen.findByText(/1 tenant is behind/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'New tenant' }));
    const dialog = await screen.findByRole('dialog', { name: 'New tenant' });
    await user.type(within(dialog).getByLabelText('Name'), 'NewCo');
    await user.type(within(dialog).getByLabelText('Subdomain'), 'acme');
    await user.type(within(dialog).getByLabelText('IdP issuer URL'), ISSUER);
    const create = within(dialog).getByRole('button', { name: 'Create tenant' });
    expect(create).toBeDisabled();

    await user.click(within(dialog).getByRole('button', { name: 'Run dry run' }));
    expect(await within(dialog).findByText(/Dry run failed/)).toBeInTheDocument();
    expect(within(dialog).getByText('Discovery document').closest('li')).toHaveTextContent(
      'failed — connection refused',
    );
    expect(create).toBeDisabled();

    ok = true;
    await user.click(within(dialog).getByRole('button', { name: 'Run dry run' }));
    expect(await within(dialog).findByText(/Dry run passed/)).toBeInTheDocument();
    expect(create).toBeEnabled();
    await expectNoAxeViolations();

    await user.click(create);
    const slug = within(dialog).getByLabelText('Subdomain');
    expect(await within(dialog).findByText('This subdomain is taken')).toBeInTheDocument();
    expect(slug).toHaveAttribute('aria-invalid', 'true');
    await user.clear(slug);
    await user.type(slug, 'newco');
    await user.click(create);
    expect(await screen.findByRole('link', { name: 'NewCo' })).toBeInTheDocument();
    expect(created.at(-1)).toEqual({
      name: 'NewCo',
      slug: 'newco',
      tier: 'standard',
      idp: { issuer: ISSUER },
    });
  });

  it('suspends, shows migration progress live, and offboards only after the subdomain is typed', async () => {
    let current = tenant();
    let polls = 0;
    const deleted = vi.fn();
    server.use(
      http.get(url('/platform/tenants/ten-1'), () => HttpResponse.json(current)),
      http.get(url('/platform/tenants'), () => HttpResponse.json({ items: [current], nextCursor: null })),
      http.patch(url('/platform/tenants/ten-1'), async ({ request }) => {
        current = { ...current, ...((await request.json()) as object) };
        return HttpResponse.json(current);
      }),
      http.post(url('/platform/migrations'), () => {
        polls = 0;
        return HttpResponse.json({ status: 'running' }, { status: 202 });
      }),
      http.get(url('/platform/migrations'), () => {
        polls += 1;
        if (polls === 1 && current.status !== 'suspended') return migrations();
        const done = Math.min(polls - 1, 3);
        return migrations({
          status: done < 3 ? 'running' : 'finished',
          total: 3,
          done,
          migrated: done,
          failed: [],
        });
      }),
      http.delete(url('/platform/tenants/ten-1'), () => {
        deleted();
        current = { ...current, status: 'offboarding' };
        return HttpResponse.json(current, { status: 202 });
      }),
    );
    const user = userEvent.setup();
    await renderConsole('/tenants/ten-1');
    await screen.findByRole('heading', { name: 'Acme Cranes' });
    await user.click(screen.getByRole('button', { name: 'Suspend tenant' }));
    expect(await screen.findByRole('button', { name: 'Resume tenant' })).toBeInTheDocument();
    expect(screen.getByText('suspended')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Migrate this tenant' }));
    expect(await screen.findByText(/Migrating: \d of 3 tenants done/)).toBeInTheDocument();
    expect(
      await screen.findByText(/Last run finished: 3 migrated, 0 failed, 3 checked/, {}, { timeout: 8000 }),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Offboard tenant…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Offboard Acme Cranes' });
    const confirm = within(dialog).getByRole('button', { name: 'Offboard' });
    await user.type(within(dialog).getByLabelText(/Type the subdomain/), 'acm');
    expect(confirm).toBeDisabled();
    await expectNoAxeViolations();
    await user.type(within(dialog).getByLabelText(/Type the subdomain/), 'e');
    await user.click(confirm);
    await vi.waitFor(() => expect(deleted).toHaveBeenCalledTimes(1));
  });
});
