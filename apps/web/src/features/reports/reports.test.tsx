import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../test/axe';
import { http, HttpResponse, server, url } from '../../test/msw';
import { renderApp } from '../../test/render';
import { lastDays } from './reports-search';
import { utilizationByType } from './report-data';

const period = { from: '2026-11-01T00:00:00.000Z', to: '2026-11-08T00:00:00.000Z' };
const unit = (identifier: string, equipmentType: string, utilization: number, dispatches: number) => ({
  equipmentId: crypto.randomUUID(),
  identifier,
  equipmentType,
  region: 'north',
  dispatchedSeconds: utilization * 604_800,
  utilization,
  dispatches,
  averageDispatchSeconds: 3600,
});
const units = [
  unit('CR-01', 'Crane', 0.5, 4),
  unit('CR-02', 'Crane', 0.25, 2),
  unit('FB-01', 'Flatbed', 0.1, 1),
];
const row = (
  priority: 'urgent' | 'standard' | 'all',
  q50: number | null,
  q95: number | null,
  c50: number | null,
) => ({
  priority,
  requests: 3,
  immediate: 1,
  queued: 2,
  cancelled: 0,
  queueSecondsP50: q50,
  queueSecondsP95: q95,
  completed: 1,
  averageDispatchToCompleteSeconds: c50,
  completeSecondsP50: c50,
  completeSecondsP95: c50 === null ? null : c50 * 2,
});

function reportHandlers() {
  const seen: URLSearchParams[] = [];
  server.use(
    http.get(url('/api/reports/utilization'), ({ request }) => {
      seen.push(new URL(request.url).searchParams);
      return HttpResponse.json({ period, items: units });
    }),
    http.get(url('/api/reports/dispatch'), () =>
      HttpResponse.json({
        period,
        items: [row('urgent', 60, 300, 1800), row('standard', 600, 1500, null), row('all', 300, 1200, 1800)],
      }),
    ),
  );
  return seen;
}

describe('reports', () => {
  it('averages utilization per type over its units', () => {
    expect(utilizationByType(units)).toEqual([
      { equipmentType: 'Crane', units: 2, dispatches: 6, utilization: 0.375 },
      { equipmentType: 'Flatbed', units: 1, dispatches: 1, utilization: 0.1 },
    ]);
  });

  it('shows each chart also as a table, with the period in the URL and CSV links for it', async () => {
    const seen = reportHandlers();
    const user = userEvent.setup();
    const { router } = await renderApp('/reports?from=2026-11-01&to=2026-11-07', {
      me: { roles: ['viewer'] },
    });
    const byType = (await screen.findByRole('heading', { name: 'Utilization per equipment type' })).closest(
      'section',
    )!;
    expect(within(byType).getByRole('img', { name: 'Utilization per equipment type' })).toBeInTheDocument();
    expect(within(byType).getByRole('button', { name: 'Chart' })).toHaveAttribute('aria-pressed', 'true');

    await user.click(within(byType).getByRole('button', { name: 'Table' }));
    expect(within(byType).getByRole('button', { name: 'Table' })).toHaveAttribute('aria-pressed', 'true');
    const crane = within(byType).getByRole('rowheader', { name: 'Crane' }).closest('tr')!;
    expect(crane).toHaveTextContent('Crane2637.5 %');

    const queue = screen.getByRole('heading', { name: 'Time in queue' }).closest('section')!;
    await user.click(within(queue).getByRole('button', { name: 'Table' }));
    expect(within(queue).getByRole('rowheader', { name: 'Standard' }).closest('tr')).toHaveTextContent(
      'Standard310.0 min25.0 min',
    );
    const complete = screen.getByRole('heading', { name: 'Time to complete' }).closest('section')!;
    await user.click(within(complete).getByRole('button', { name: 'Table' }));
    expect(within(complete).getByRole('rowheader', { name: 'Urgent' }).closest('tr')).toHaveTextContent(
      'Urgent330.0 min60.0 min',
    );
    expect(within(complete).getByRole('rowheader', { name: 'Standard' }).closest('tr')).toHaveTextContent(
      '—',
    );

    const from = new Date('2026-11-01T00:00:00').toISOString();
    const to = new Date('2026-11-08T00:00:00').toISOString();
    expect(seen[0]!.get('from')).toBe(from);
    expect(seen[0]!.get('to')).toBe(to);
    expect(screen.getByRole('link', { name: 'Download utilization as CSV' })).toHaveAttribute(
      'href',
      `/api/reports/utilization?${new URLSearchParams({ from, to, format: 'csv' })}`,
    );
    await expectNoAxeViolations();

    // The last 30 days up to today, whatever today is (on 30 November they start on the 1st, as the page above).
    await user.click(screen.getByRole('button', { name: 'Last 30 days' }));
    await vi.waitFor(() => expect(router.state.location.search).toMatchObject(lastDays(30)));
    await vi.waitFor(() => expect(seen.length).toBeGreaterThan(1));
  });
});
