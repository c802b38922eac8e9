import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { WorkOrder } from '../../api/types';
import { RequestDispatchDialog } from '../dispatch/RequestDispatchDialog';
import { CreateWorkOrderDialog } from '../work-orders/CreateWorkOrderDialog';

interface BoardActions {
  createWorkOrder(): void;
  requestDispatch(order: WorkOrder): void;
  showCheatSheet(): void;
  cheatSheetOpen: boolean;
  setCheatSheetOpen(open: boolean): void;
}

const BoardActionsContext = createContext<BoardActions | null>(null);

/** The board's dialogs, opened from buttons, menus, shortcuts and the palette alike. */
export function BoardActionsProvider({ children }: { children: ReactNode }) {
  const [creating, setCreating] = useState(false);
  const [dispatching, setDispatching] = useState<WorkOrder | null>(null);
  const [cheatSheetOpen, setCheatSheetOpen] = useState(false);
  const actions = useMemo<BoardActions>(
    () => ({
      createWorkOrder: () => setCreating(true),
      requestDispatch: setDispatching,
      showCheatSheet: () => setCheatSheetOpen(true),
      cheatSheetOpen,
      setCheatSheetOpen,
    }),
    [cheatSheetOpen],
  );
  return (
    <BoardActionsContext.Provider value={actions}>
      {children}
      <CreateWorkOrderDialog
        open={creating}
        onOpenChange={setCreating}
        onCreated={(order) => setDispatching(order)}
      />
      <RequestDispatchDialog order={dispatching} onClose={() => setDispatching(null)} />
    </BoardActionsContext.Provider>
  );
}

export function useBoardActions(): BoardActions {
  const actions = useContext(BoardActionsContext);
  if (!actions) throw new Error('useBoardActions outside the board');
  return actions;
}
