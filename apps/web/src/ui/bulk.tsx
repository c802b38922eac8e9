import { useState } from 'react';
import { Button } from './Button';

export interface BulkResult {
  label: string;
  ok: boolean;
  message: string;
}

export interface BulkAction<T> {
  label: string;
  run(item: T): Promise<string>;
  danger?: boolean;
}

/** A multi-selection by id, and the per-row results of the last bulk action. */
export function useBulkSelection() {
  const [selected, setSelected] = useState<Set<string>>(() => new Set());
  const toggle = (id: string) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return { selected, toggle, clear: () => setSelected(new Set()) };
}

/**
 * The bar shown while rows are selected: each action runs on every selected row (one request each, so one
 * refusal does not stop the rest) and reports a result per row.
 */
export function BulkBar<T extends { id: string }>({
  items,
  selected,
  onDone,
  actions,
  describe,
  noun,
}: {
  items: T[];
  selected: Set<string>;
  onDone(): void;
  actions: BulkAction<T>[];
  describe(item: T): string;
  noun: string;
}) {
  const [running, setRunning] = useState<string | null>(null);
  const [results, setResults] = useState<BulkResult[]>([]);
  const chosen = items.filter((item) => selected.has(item.id));

  async function run(action: BulkAction<T>) {
    setRunning(action.label);
    const settled = await Promise.allSettled(chosen.map((item) => action.run(item)));
    setResults(
      settled.map((outcome, index) => ({
        label: describe(chosen[index]!),
        ok: outcome.status === 'fulfilled',
        message:
          outcome.status === 'fulfilled'
            ? outcome.value
            : outcome.reason instanceof Error
              ? outcome.reason.message
              : 'failed',
      })),
    );
    setRunning(null);
    onDone();
  }

  return (
    <div className="grid gap-2">
      {chosen.length > 0 && (
        <div
          role="toolbar"
          aria-label={`Bulk actions on ${noun}`}
          className="flex flex-wrap items-center gap-2 rounded-md bg-slate-100 p-2"
        >
          <span className="text-sm font-medium">
            {chosen.length} {noun} selected
          </span>
          {actions.map((action) => (
            <Button
              key={action.label}
              size="sm"
              variant={action.danger ? 'danger' : 'secondary'}
              pending={running === action.label}
              disabled={running !== null}
              onClick={() => void run(action)}
            >
              {action.label}
            </Button>
          ))}
        </div>
      )}
      {results.length > 0 && (
        <div role="status" className="rounded-md border border-slate-200 p-2 text-sm">
          <div className="flex items-center justify-between">
            <span className="font-medium">
              {results.filter((r) => r.ok).length} of {results.length} done
            </span>
            <Button size="sm" variant="ghost" onClick={() => setResults([])}>
              Dismiss
            </Button>
          </div>
          <ul className="mt-1 grid gap-0.5">
            {results.map((result, index) => (
              <li key={index} className={result.ok ? 'text-green-900' : 'text-red-900'}>
                <span aria-hidden>{result.ok ? '✓ ' : '✗ '}</span>
                <span className="sr-only">{result.ok ? 'Done: ' : 'Failed: '}</span>
                {result.label}: {result.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

export function SelectBox({
  checked,
  onChange,
  label,
}: {
  checked: boolean;
  onChange(): void;
  label: string;
}) {
  return (
    <input
      type="checkbox"
      className="size-4 accent-blue-700"
      checked={checked}
      onChange={onChange}
      aria-label={label}
    />
  );
}
