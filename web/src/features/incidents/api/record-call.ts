import type { IncidentCallCreate } from '@shouwang/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { incidentsKey } from './types';

/** A call made from the incident (a tel: link clicked): it goes on the incident's timeline. */
export function useRecordCall(incidentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: IncidentCallCreate) => apiFetch<unknown>(`/incidents/${encodeURIComponent(incidentId)}/calls`, { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...incidentsKey, 'log', incidentId] }),
  });
}
