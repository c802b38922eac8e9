import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { assignmentQueries } from './assignment-queries';

export type StatusChange = { id: string; status: 'en_route' | 'on_site' | 'completed' | 'cancelled' };

export function changeAssignmentStatus({ id, status }: StatusChange) {
  return unwrap(
    api.POST('/api/dispatch/assignments/{id}/status', { params: { path: { id } }, body: { status } }),
  );
}

/**
 * Moves an assignment through its lifecycle. Its realtime event patches the lists; the refetch afterwards
 * covers a socket that is down at that moment.
 */
export function useChangeStatus() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: changeAssignmentStatus,
    onSuccess: () => void client.invalidateQueries({ queryKey: assignmentQueries.lists() }),
  });
}
