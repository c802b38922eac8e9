import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe';
import { CRANE, makeEquipment, makeTypes } from '../../test/fixtures';
import { emptyBoardHandlers, http, HttpResponse, list, problem, server, url } from '../../test/msw';
import { renderApp } from '../../test/render';

const admin = { roles: ['admin' as const] };

function fleetHandlers() {
  server.use(
    http.get(url('/api/equipment-types'), () => HttpResponse.json({ items: makeTypes(), nextCursor: null })),
    http.get(url('/api/equipment'), () => list([makeEquipment({ nextMaintenanceOn: '2026-11-20' })])),
  );
}

describe('admin forms', () => {
  it('adds equipment and shows the API field errors on the fields', async () => {
    fleetHandlers();
    const bodies: unknown[] = [];
    server.use(
      http.post(url('/api/equipment'), async ({ request }) => {
        bodies.push(await request.json());
        return problem(409, 'equipment-identifier-taken', 'CR-01 exists', [
          { field: '/body/identifier', message: 'An equipment unit with this identifier exists' },
        ]);
      }),
    );
    const user = userEvent.setup();
    await renderApp('/admin/equipment', { me: admin });
    expect(await screen.findByRole('cell', { name: 'CR-01' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add equipment' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add equipment' });
    await user.type(within(dialog).getByLabelText('Identifier'), 'CR-01');
    await user.selectOptions(within(dialog).getByLabelText('Type'), CRANE);
    await user.type(within(dialog).getByLabelText('Region'), 'north');
    await user.type(within(dialog).getByLabelText('Next maintenance'), '2027-01-15');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    const identifier = within(dialog).getByLabelText('Identifier');
    await within(dialog).findByText('An equipment unit with this identifier exists');
    expect(identifier).toHaveAttribute('aria-invalid', 'true');
    expect(identifier).toHaveAccessibleDescription(/identifier exists/);
    expect(bodies).toEqual([
      {
        identifier: 'CR-01',
        typeId: CRANE,
        region: 'north',
        nextMaintenanceOn: '2027-01-15',
        notes: null,
        status: 'available',
      },
    ]);
    await expectNoAxeViolations();
  });

  it('edits a unit with a PATCH of its fields and closes on success', async () => {
    fleetHandlers();
    const unit = makeEquipment({ id: 'b3c7f0a4-7d1e-4b8a-9d7e-111111111111', identifier: 'CR-07' });
    server.use(
      http.get(url('/api/equipment'), () => list([unit])),
      http.patch(url(`/api/equipment/${unit.id}`), async ({ request }) =>
        HttpResponse.json({ ...unit, ...((await request.json()) as object) }),
      ),
    );
    const user = userEvent.setup();
    await renderApp('/admin/equipment', { me: admin });
    await user.click(await screen.findByRole('button', { name: 'Edit CR-07' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit CR-07' });
    await user.type(within(dialog).getByLabelText('Next maintenance'), '2027-02-01');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('CR-07 saved')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('adds an equipment type; a taken name is shown on the name field', async () => {
    fleetHandlers();
    server.use(
      http.post(url('/api/equipment-types'), () =>
        problem(409, 'equipment-type-name-taken', 'Taken', [
          { field: 'name', message: 'An equipment type with this name exists' },
        ]),
      ),
    );
    const user = userEvent.setup();
    await renderApp('/admin/equipment-types', { me: admin });
    expect(await screen.findByRole('cell', { name: 'Flatbed' })).toBeInTheDocument();
    const form = screen.getByRole('form', { name: 'New equipment type' });
    await user.type(within(form).getByLabelText('Name'), 'Flatbed');
    await user.click(within(form).getByRole('button', { name: 'Add type' }));
    expect(await within(form).findByText('An equipment type with this name exists')).toBeInTheDocument();
    expect(within(form).getByLabelText('Name')).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations();
  });

  it('saves tenant settings, with a bad time zone shown on its field', async () => {
    server.use(
      http.get(url('/api/settings'), () =>
        HttpResponse.json({
          timezone: 'UTC',
          exceptions: {
            urgentWaitingMinutes: 10,
            dispatchedNotEnRouteMinutes: 15,
            qualificationExpiringDays: 7,
          },
        }),
      ),
      http.put(url('/api/settings'), () =>
        problem(400, 'validation-failed', 'Bad', [{ field: '/body/timezone', message: 'Unknown time zone' }]),
      ),
    );
    const user = userEvent.setup();
    await renderApp('/admin/settings', { me: admin });
    const tz = await screen.findByLabelText('Time zone');
    await user.clear(tz);
    await user.type(tz, 'Mars/Olympus');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Unknown time zone')).toBeInTheDocument();
    expect(tz).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Urgent request waiting longer than (minutes)')).toHaveValue(10);
    await expectNoAxeViolations();
  });
});

describe('admin role gate', () => {
  it('shows a dispatcher no admin navigation and sends /admin away', async () => {
    emptyBoardHandlers();
    const { router } = await renderApp('/admin/users', { me: { roles: ['dispatcher'] } });
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).queryByRole('link', { name: 'Admin' })).not.toBeInTheDocument();
    await screen.findByText('No work orders yet');
    expect(router.state.location.pathname).toBe('/board');
  });

  it('shows an admin the admin navigation and the users with their last sign-in', async () => {
    server.use(
      http.get(url('/api/users'), ({ request }) =>
        HttpResponse.json({
          items: [
            {
              id: crypto.randomUUID(),
              sub: 'u-1',
              name: 'Ada Admin',
              email: 'ada@acme.test',
              roles: new URL(request.url).searchParams.get('role') === 'driver' ? ['driver'] : ['admin'],
              region: null,
              firstSeenAt: '2026-01-01T00:00:00.000Z',
              lastSeenAt: '2026-01-02T00:00:00.000Z',
              lastSignInAt: null,
            },
          ],
          nextCursor: null,
        }),
      ),
    );
    const user = userEvent.setup();
    const { router } = await renderApp('/admin/users', { me: admin });
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Admin' })).toBeInTheDocument();
    const row = (await screen.findByRole('cell', { name: 'Ada Admin' })).closest('tr')!;
    expect(within(row).getByText('never')).toBeInTheDocument();
    expect(within(row).getByText(/Not seen for 90\+ days/)).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Role'), 'driver');
    await vi.waitFor(() => expect(router.state.location.search).toEqual({ role: 'driver' }));
    expect(await screen.findByRole('cell', { name: 'driver' })).toBeInTheDocument();
    await expectNoAxeViolations();
  });
});
