import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { Field, inputClass } from '../../ui/Field';
import { Button } from '../../ui/Button';
import { Empty, ErrorState, Loading } from '../../ui/States';
import { tableClass, tdClass, thClass } from '../admin/AdminLayout';
import { ChartOrTable } from './ChartOrTable';
import {
  minutes,
  percent,
  PRIORITY_LABEL,
  utilizationByType,
  type DispatchRow,
  type UtilizationRow,
} from './report-data';
import { csvUrl, reportQueries } from './reports-queries';
import { lastDays, toApiPeriod } from './reports-search';

const HEIGHT = 260;
const BLUE = '#1d4ed8';
const AMBER = '#b45309';

/** Reports over a period kept in the URL: utilization per unit and per type, queue and completion times. */
export function ReportsPage() {
  const search = useSearch({ from: '/reports' });
  const navigate = useNavigate({ from: '/reports' });
  const shown = { ...lastDays(7), ...search };
  const period = toApiPeriod(search);
  const utilization = useQuery(reportQueries.utilization(period));
  const dispatch = useQuery(reportQueries.dispatch(period));
  const setPeriod = (next: { from?: string; to?: string }) =>
    void navigate({ search: (prev) => ({ ...prev, ...next }), replace: true });

  return (
    <div className="mx-auto grid max-w-7xl gap-4 p-3 sm:p-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="text-xl font-semibold">Reports</h1>
        <form
          aria-label="Report period"
          className="flex flex-wrap items-end gap-2"
          onSubmit={(e) => e.preventDefault()}
        >
          <Field label="From">
            <input
              type="date"
              className={inputClass}
              value={shown.from}
              max={shown.to}
              onChange={(e) => e.target.value && setPeriod({ from: e.target.value })}
            />
          </Field>
          <Field label="To">
            <input
              type="date"
              className={inputClass}
              value={shown.to}
              min={shown.from}
              onChange={(e) => e.target.value && setPeriod({ to: e.target.value })}
            />
          </Field>
          {[7, 30, 90].map((days) => (
            <Button key={days} size="md" onClick={() => setPeriod(lastDays(days))}>
              Last {days} days
            </Button>
          ))}
        </form>
      </div>

      {utilization.isPending ? (
        <Loading label="Loading utilization…" />
      ) : utilization.isError ? (
        <ErrorState error={utilization.error} onRetry={() => void utilization.refetch()} />
      ) : utilization.data.items.length === 0 ? (
        <Empty title="No equipment in this period" />
      ) : (
        <div className="grid gap-4 lg:grid-cols-2">
          <UtilizationByUnit rows={utilization.data.items} />
          <UtilizationByType rows={utilization.data.items} />
        </div>
      )}
      <a
        className="justify-self-start text-sm text-blue-800 underline"
        href={csvUrl('utilization', period)}
        download
      >
        Download utilization as CSV
      </a>

      {dispatch.isPending ? (
        <Loading label="Loading dispatch times…" />
      ) : dispatch.isError ? (
        <ErrorState error={dispatch.error} onRetry={() => void dispatch.refetch()} />
      ) : (
        <div className="grid gap-4 lg:grid-cols-2">
          <Distribution
            id="queue-times"
            title="Time in queue"
            description="Median (p50) and 95th percentile (p95) wait of queued requests, per priority, in minutes."
            rows={dispatch.data.items}
            p50={(row) => row.queueSecondsP50}
            p95={(row) => row.queueSecondsP95}
          />
          <Distribution
            id="complete-times"
            title="Time to complete"
            description="Median (p50) and 95th percentile (p95) from dispatch to completion, per priority, in minutes."
            rows={dispatch.data.items}
            p50={(row) => row.completeSecondsP50}
            p95={(row) => row.completeSecondsP95}
          />
        </div>
      )}
      <a
        className="justify-self-start text-sm text-blue-800 underline"
        href={csvUrl('dispatch', period)}
        download
      >
        Download dispatch times as CSV
      </a>
    </div>
  );
}

function UtilizationByUnit({ rows }: { rows: UtilizationRow[] }) {
  const data = rows.map((row) => ({
    name: row.identifier,
    utilization: Number((row.utilization * 100).toFixed(1)),
  }));
  return (
    <ChartOrTable
      id="utilization-unit"
      title="Utilization per equipment"
      description="Share of the period each unit was dispatched."
      chart={(width) => (
        <BarChart width={width} height={HEIGHT} data={data}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="name" />
          <YAxis unit="%" domain={[0, 100]} />
          <Tooltip />
          <Bar isAnimationActive={false} dataKey="utilization" name="Utilization %" fill={BLUE} />
        </BarChart>
      )}
      table={
        <table className={tableClass}>
          <thead>
            <tr>
              <th className={thClass}>Equipment</th>
              <th className={thClass}>Type</th>
              <th className={thClass}>Region</th>
              <th className={thClass}>Dispatches</th>
              <th className={thClass}>Utilization</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.equipmentId}>
                <th scope="row" className={`${tdClass} font-medium`}>
                  {row.identifier}
                </th>
                <td className={tdClass}>{row.equipmentType}</td>
                <td className={tdClass}>{row.region}</td>
                <td className={`${tdClass} tabular-nums`}>{row.dispatches}</td>
                <td className={`${tdClass} tabular-nums`}>{percent(row.utilization)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

function UtilizationByType({ rows }: { rows: UtilizationRow[] }) {
  const types = utilizationByType(rows);
  const data = types.map((t) => ({
    name: t.equipmentType,
    utilization: Number((t.utilization * 100).toFixed(1)),
  }));
  return (
    <ChartOrTable
      id="utilization-type"
      title="Utilization per equipment type"
      description="Mean share of the period the units of each type were dispatched."
      chart={(width) => (
        <BarChart width={width} height={HEIGHT} data={data}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="name" />
          <YAxis unit="%" domain={[0, 100]} />
          <Tooltip />
          <Bar isAnimationActive={false} dataKey="utilization" name="Utilization %" fill={BLUE} />
        </BarChart>
      )}
      table={
        <table className={tableClass}>
          <thead>
            <tr>
              <th className={thClass}>Type</th>
              <th className={thClass}>Units</th>
              <th className={thClass}>Dispatches</th>
              <th className={thClass}>Utilization</th>
            </tr>
          </thead>
          <tbody>
            {types.map((t) => (
              <tr key={t.equipmentType}>
                <th scope="row" className={`${tdClass} font-medium`}>
                  {t.equipmentType}
                </th>
                <td className={`${tdClass} tabular-nums`}>{t.units}</td>
                <td className={`${tdClass} tabular-nums`}>{t.dispatches}</td>
                <td className={`${tdClass} tabular-nums`}>{percent(t.utilization)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

function Distribution({
  id,
  title,
  description,
  rows,
  p50,
  p95,
}: {
  id: string;
  title: string;
  description: string;
  rows: DispatchRow[];
  p50(row: DispatchRow): number | null;
  p95(row: DispatchRow): number | null;
}) {
  const toMinutes = (seconds: number | null) => (seconds === null ? null : Number((seconds / 60).toFixed(1)));
  const data = rows.map((row) => ({
    name: PRIORITY_LABEL[row.priority],
    p50: toMinutes(p50(row)),
    p95: toMinutes(p95(row)),
  }));
  return (
    <ChartOrTable
      id={id}
      title={title}
      description={description}
      chart={(width) =>
        data.every((point) => point.p50 === null) ? (
          <p className="py-8 text-center text-sm text-slate-600">No figures for this period yet.</p>
        ) : (
          <BarChart width={width} height={HEIGHT} data={data}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="name" />
            <YAxis unit=" min" />
            <Tooltip />
            <Legend />
            <Bar isAnimationActive={false} dataKey="p50" name="p50 (median)" fill={BLUE} />
            <Bar isAnimationActive={false} dataKey="p95" name="p95" fill={AMBER} />
          </BarChart>
        )
      }
      table={
        <table className={tableClass}>
          <thead>
            <tr>
              <th className={thClass}>Priority</th>
              <th className={thClass}>Requests</th>
              <th className={thClass}>p50</th>
              <th className={thClass}>p95</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.priority}>
                <th scope="row" className={`${tdClass} font-medium`}>
                  {PRIORITY_LABEL[row.priority]}
                </th>
                <td className={`${tdClass} tabular-nums`}>{row.requests}</td>
                <td className={`${tdClass} tabular-nums`}>{minutes(p50(row))}</td>
                <td className={`${tdClass} tabular-nums`}>{minutes(p95(row))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
