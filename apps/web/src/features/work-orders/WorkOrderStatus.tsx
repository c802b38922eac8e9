import type { WorkOrder } from '../../api/types';
import { Badge } from '../../ui/Badge';

const labels: Record<WorkOrder['status'], { text: string; tone: 'neutral' | 'info' | 'success' | 'danger' }> =
  {
    open: { text: 'Open', tone: 'neutral' },
    in_progress: { text: 'In progress', tone: 'info' },
    completed: { text: 'Completed', tone: 'success' },
    cancelled: { text: 'Cancelled', tone: 'danger' },
  };

export function WorkOrderStatus({ status }: { status: WorkOrder['status'] }) {
  const { text, tone } = labels[status];
  return <Badge tone={tone}>{text}</Badge>;
}
