import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe';
import { CRANE, FLATBED, makeDriver, makeTypes } from '../../test/fixtures';
import { http, HttpResponse, list, server, url } from '../../test/msw';
import { renderApp } from '../../test/render';

const admin = { roles: ['admin' as const] };
const NOW = new Date('2026-11-29T10:00:00');

describe('drivers and qualifications', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['Date'], now: NOW }));
  afterEach(() => vi.useRealTimers());

  it('labels expired and within-30-days qualifications in words, on a fake clock', async () => {
    server.use(
      http.get(url('/api/equipment-types'), () =>
        HttpResponse.json({ items: makeTypes(), nextCursor: null }),
      ),
      http.get(url('/api/drivers'), () =>
        list([
          makeDriver({
            name: 'Ella Expired',
            qualifications: [
              {
                equipmentTypeId: CRANE,
                equipmentTypeName: 'Crane 50t',
                expiresAt: '2026-11-28T23:59:59.000Z',
                current: false,
              },
            ],
          }),
          makeDriver({
            name: 'Sam Soon',
            qualifications: [
              // 30 days ahead is still "within 30 days"; 31 is not.
              {
                equipmentTypeId: CRANE,
                equipmentTypeName: 'Crane 50t',
                expiresAt: '2026-12-29T12:00:00',
                current: true,
              },
              {
                equipmentTypeId: FLATBED,
                equipmentTypeName: 'Flatbed',
                expiresAt: '2026-12-30T12:00:00',
                current: true,
              },
            ],
          }),
          makeDriver({ name: 'Pat Permanent' }),
        ]),
      ),
    );
    const first = await renderApp('/admin/drivers', { me: admin });
    const rowOf = async (name: string) => (await screen.findByRole('cell', { name })).closest('tr')!;

    expect(within(await rowOf('Ella Expired')).getByText(/^Expired/)).toBeInTheDocument();
    const soon = await rowOf('Sam Soon');
    expect(within(soon).getByText(/Expires in 30 days/)).toBeInTheDocument();
    expect(within(soon).getByText(/valid until/)).toBeInTheDocument();
    expect(within(await rowOf('Pat Permanent')).getByText('no expiry')).toBeInTheDocument();
    expect(
      screen.getByText('2 drivers have a qualification expired or expiring within 30 days.'),
    ).toBeInTheDocument();

    // A day later the 31-day one comes within the window.
    first.unmount();
    vi.setSystemTime(new Date('2026-11-30T10:00:00'));
    await renderApp('/admin/drivers', { me: admin });
    const later = await rowOf('Sam Soon');
    expect(within(later).getByText(/Expires in 29 days/)).toBeInTheDocument();
    expect(within(later).getByText(/Expires in 30 days/)).toBeInTheDocument();
    await expectNoAxeViolations();
  });

  it('sends a new driver with qualifications, expiry at the end of the chosen day', async () => {
    let body: unknown;
    server.use(
      http.get(url('/api/equipment-types'), () =>
        HttpResponse.json({ items: makeTypes(), nextCursor: null }),
      ),
      http.get(url('/api/drivers'), () => list([])),
      http.post(url('/api/drivers'), async ({ request }) => {
        body = await request.json();
        return HttpResponse.json(makeDriver({ name: 'Nia New' }), { status: 201 });
      }),
    );
    vi.useRealTimers();
    const user = userEvent.setup();
    await renderApp('/admin/drivers', { me: admin });
    await screen.findByText('No drivers yet');
    await user.click(screen.getByRole('button', { name: 'Add driver' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add driver' });
    await user.type(within(dialog).getByLabelText('Name'), 'Nia New');
    await user.type(within(dialog).getByLabelText('Region'), 'north');
    await user.click(within(dialog).getByRole('button', { name: 'Add qualification' }));
    await user.selectOptions(within(dialog).getByLabelText('Equipment type 1'), CRANE);
    await user.type(within(dialog).getByLabelText('Expires on 1'), '2027-03-31');
    await expectNoAxeViolations();
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await screen.findByText('Nia New saved');
    expect(body).toEqual({
      name: 'Nia New',
      phone: null,
      region: 'north',
      qualifications: [{ equipmentTypeId: CRANE, expiresAt: new Date('2027-03-31T23:59:59').toISOString() }],
    });
  });
});

function auditHandlers(verify: object) {
  const seen: URLSearchParams[] = [];
  server.use(
    http.get(url('/api/audit/verify'), () => HttpResponse.json(verify)),
    http.get(url('/api/audit'), ({ request }) => {
      seen.push(new URL(request.url).searchParams);
      return HttpResponse.json({
        items: [
          {
            id: crypto.randomUUID(),
            seq: 41,
            at: '2026-11-29T09:00:00.000Z',
            actor: { sub: 'u-1', name: 'Ada Admin' },
            action: 'equipment.created',
            entity: 'equipment',
            entityId: 'e-1',
            before: null,
            after: {},
            hash: 'h',
            prevHash: 'p',
            requestId: null,
          },
        ],
        nextCursor: null,
      });
    }),
  );
  return seen;
}

describe('audit log', () => {
  it('shows an intact chain and keeps the filters in the URL', async () => {
    const seen = auditHandlers({
      ok: true,
      checked: 1234,
      lastSeq: 1234,
      anchoredSeq: 1200,
      firstBroken: null,
    });
    const user = userEvent.setup();
    const { router } = await renderApp('/admin/audit?entity=equipment', { me: admin });
    expect(await screen.findByText(/Chain intact/)).toBeInTheDocument();
    expect(screen.getByText(/1,234 events verified/)).toHaveTextContent(
      'Matches the anchor kept outside the database at #1200.',
    );
    expect(await screen.findByText('equipment.created')).toBeInTheDocument();
    expect(seen[0]!.get('entity')).toBe('equipment');
    expect(screen.getByLabelText('Entity')).toHaveValue('equipment');

    await user.type(screen.getByLabelText('Actor'), 'u-1');
    await user.type(screen.getByLabelText('From'), '2026-11-01');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    await vi.waitFor(() =>
      expect(router.state.location.search).toEqual({ entity: 'equipment', actor: 'u-1', from: '2026-11-01' }),
    );
    await vi.waitFor(() => expect(seen.at(-1)!.get('actor')).toBe('u-1'));
    expect(seen.at(-1)!.get('from')).toBe(new Date('2026-11-01').toISOString());
    await expectNoAxeViolations();
  });

  it('names the first broken link when the chain is broken', async () => {
    auditHandlers({
      ok: false,
      checked: 57,
      lastSeq: 90,
      anchoredSeq: null,
      firstBroken: {
        seq: 57,
        id: '5f1c0c1e-0000-4000-8000-000000000057',
        reason: 'hash does not match the event',
      },
    });
    await renderApp('/admin/audit', { me: admin });
    const state = await screen.findByText(/Chain broken/);
    expect(state.closest('p')).toHaveTextContent(
      'Chain broken at event #57 (5f1c0c1e-0000-4000-8000-000000000057): hash does not match the event.',
    );
    await expectNoAxeViolations();
  });
});
