import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { Command } from 'cmdk';
import { useState } from 'react';
import { useHotkeys } from 'react-hotkeys-hook';
import type { WorkOrder } from '../../api/types';
import { useMe } from '../../session/me';
import { can } from '../../session/permissions';
import { Dialog } from '../../ui/Dialog';
import { EXCEPTION_KINDS } from '../exceptions/exceptions';
import { workOrderQueries } from '../work-orders/work-order-queries';
import { useBoardActions } from './board-actions';

export const SHORTCUTS: [keys: string, what: string][] = [
  ['j / k', 'Next / previous row on the board'],
  ['a', 'Assign: request dispatch for the selected work order'],
  ['s', 'Advance the selected assignment to its next status'],
  ['⌘K / Ctrl+K', 'Command palette'],
  ['?', 'This cheat sheet'],
  ['Esc', 'Close a dialog'],
];

function rows(): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>('[data-board-row]'));
}

/** Moves the selection (focus) between board rows; wraps neither way. */
export function moveSelection(step: 1 | -1): void {
  const all = rows();
  if (all.length === 0) return;
  const current = all.findIndex(
    (row) => row === document.activeElement || row.contains(document.activeElement),
  );
  const next =
    current < 0 ? (step === 1 ? 0 : all.length - 1) : Math.min(all.length - 1, Math.max(0, current + step));
  all[next]!.focus();
}

/** Clicks the selected row's control for a shortcut (`data-shortcut`), so a key does what its button does. */
function pressInSelectedRow(shortcut: string): void {
  const row = rows().find((r) => r === document.activeElement || r.contains(document.activeElement));
  row?.querySelector<HTMLButtonElement>(`[data-shortcut="${shortcut}"]:not([disabled])`)?.click();
}

/**
 * Keyboard-first triage: j/k, a, s, ⌘K and ?. react-hotkeys-hook leaves them off inside inputs, selects and
 * text areas, so typing a search never moves the board.
 */
export function BoardKeyboard() {
  const actions = useBoardActions();
  const [paletteOpen, setPaletteOpen] = useState(false);
  useHotkeys('j', () => moveSelection(1));
  useHotkeys('k', () => moveSelection(-1));
  useHotkeys('a', () => pressInSelectedRow('a'));
  useHotkeys('s', () => pressInSelectedRow('s'));
  useHotkeys('mod+k', (event) => {
    event.preventDefault();
    setPaletteOpen(true);
  });
  useHotkeys('?', () => actions.showCheatSheet(), { useKey: true });
  return (
    <>
      <CommandPalette open={paletteOpen} onOpenChange={setPaletteOpen} />
      <Dialog
        open={actions.cheatSheetOpen}
        onOpenChange={actions.setCheatSheetOpen}
        title="Keyboard shortcuts"
      >
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
          {SHORTCUTS.map(([keys, what]) => (
            <div key={keys} className="contents">
              <dt>
                <kbd className="rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 font-mono">
                  {keys}
                </kbd>
              </dt>
              <dd>{what}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-3 text-sm text-slate-600">
          Shortcuts are off while you type in a field. Every action is also a button or a menu entry.
        </p>
      </Dialog>
    </>
  );
}

const exceptionNames: Record<(typeof EXCEPTION_KINDS)[number], string> = {
  'urgent-waiting': 'Show urgent requests waiting too long',
  'not-en-route': 'Show assignments not en route',
  'qualification-expiring': 'Show drivers with expiring qualifications',
  'idle-drivers': 'Show idle qualified drivers',
};

function CommandPalette({ open, onOpenChange }: { open: boolean; onOpenChange(open: boolean): void }) {
  const me = useMe();
  const actions = useBoardActions();
  const navigate = useNavigate({ from: '/board' });
  const client = useQueryClient();
  const orders: WorkOrder[] = client
    .getQueriesData<{ data: { items: WorkOrder[] } }>({ queryKey: workOrderQueries.lists() })
    .flatMap(([, snapshot]) => snapshot?.data.items ?? [])
    .filter((order, index, all) => all.findIndex((o) => o.id === order.id) === index)
    .slice(0, 50);
  const run = (action: () => void) => () => {
    onOpenChange(false);
    action();
  };
  const item = 'cursor-default rounded px-2 py-1.5 text-sm data-[selected=true]:bg-slate-100';

  return (
    <Command.Dialog
      open={open}
      onOpenChange={onOpenChange}
      label="Command palette"
      overlayClassName="fixed inset-0 z-40 bg-slate-900/40"
      contentClassName="fixed top-24 left-1/2 z-50 w-[min(36rem,calc(100vw-2rem))] -translate-x-1/2 rounded-lg bg-white p-2 shadow-xl"
    >
      <Command.Input
        placeholder="Type a command or a work order number…"
        className="h-10 w-full rounded-md border border-slate-300 px-3 text-sm"
      />
      <Command.List className="mt-2 max-h-80 overflow-y-auto">
        <Command.Empty className="p-2 text-sm text-slate-600">Nothing matches.</Command.Empty>
        <Command.Group heading="Actions" className="text-xs text-slate-600">
          {can(me, 'workOrder.write') && (
            <Command.Item className={item} onSelect={run(actions.createWorkOrder)}>
              New work order
            </Command.Item>
          )}
          {EXCEPTION_KINDS.map((kind) => (
            <Command.Item
              key={kind}
              className={item}
              onSelect={run(() => void navigate({ search: (prev) => ({ ...prev, exception: kind }) }))}
            >
              {exceptionNames[kind]}
            </Command.Item>
          ))}
          <Command.Item className={item} onSelect={run(() => void navigate({ search: {} }))}>
            Clear all filters
          </Command.Item>
          <Command.Item className={item} onSelect={run(actions.showCheatSheet)}>
            Keyboard shortcuts
          </Command.Item>
        </Command.Group>
        {can(me, 'dispatch.request') && orders.length > 0 && (
          <Command.Group heading="Request dispatch for" className="text-xs text-slate-600">
            {orders.map((order) => (
              <Command.Item
                key={order.id}
                value={`${order.number} ${order.title}`}
                className={item}
                onSelect={run(() => actions.requestDispatch(order))}
              >
                {order.number} · {order.title}
              </Command.Item>
            ))}
          </Command.Group>
        )}
      </Command.List>
    </Command.Dialog>
  );
}
