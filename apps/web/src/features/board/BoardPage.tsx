import { WorkOrdersPanel } from '../work-orders/WorkOrdersPanel';

/** The dispatcher board (route `/board`). */
export function BoardPage() {
  return (
    <div className="grid gap-4 p-3 sm:p-4">
      <h1 className="sr-only">Dispatch board</h1>
      <WorkOrdersPanel />
    </div>
  );
}
