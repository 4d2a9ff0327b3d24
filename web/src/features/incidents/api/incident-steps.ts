import type {
  Incident,
  IncidentCommandPostSet,
  IncidentCreate,
  IncidentDetail,
  IncidentReport,
  IncidentReportCreate,
  IncidentTask,
  IncidentTaskCreate,
  IncidentTaskUpdate,
  IncidentUpdate,
  ResponseActivate,
  ResponseLevel,
} from '@shouwang/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { incidentDetailKey } from './get-incident';
import { incidentsKey } from './types';

/** Steps on the response and command post answer with the whole file; the others with a part of it. */
const isDetail = (result: unknown): result is IncidentDetail => typeof result === 'object' && result !== null && 'clocks' in result;

const path = (id: string, step?: string) => `/incidents/${encodeURIComponent(id)}${step ? `/${step}` : ''}`;

/**
 * Any step changes the file, the lists, the clocks and the timeline: the answer replaces the file
 * when it is one, and everything under `incidents` refetches.
 */
function useStep<A, R>(run: (args: A) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: (result) => {
      if (isDetail(result)) queryClient.setQueryData(incidentDetailKey(result.id), result);
      return queryClient.invalidateQueries({ queryKey: incidentsKey });
    },
  });
}

export const useCreateIncident = () => useStep((body: IncidentCreate) => apiFetch<Incident>('/incidents', { method: 'POST', body }));
export const useUpdateIncident = () => useStep(({ id, body }: { id: string; body: IncidentUpdate }) => apiFetch<Incident>(path(id), { method: 'PATCH', body }));
export const useSubmitReport = () =>
  useStep(({ id, body }: { id: string; body: IncidentReportCreate }) => apiFetch<IncidentReport>(path(id, 'reports'), { method: 'POST', body }));
export const useEndIncident = () => useStep(({ id, note }: { id: string; note: string }) => apiFetch<Incident>(path(id, 'end'), { method: 'POST', body: { note } }));

export const useActivateResponse = () =>
  useStep(({ id, body }: { id: string; body: ResponseActivate }) => apiFetch<IncidentDetail>(path(id, 'response'), { method: 'POST', body }));
export const useChangeResponseLevel = () =>
  useStep(({ id, level, reason }: { id: string; level: ResponseLevel; reason: string }) =>
    apiFetch<IncidentDetail>(path(id, 'response/level'), { method: 'POST', body: { level, reason } }),
  );
export const useTerminateResponse = () =>
  useStep(({ id, reason }: { id: string; reason: string }) => apiFetch<IncidentDetail>(path(id, 'response/terminate'), { method: 'POST', body: { reason } }));
export const useSetCommandPost = () =>
  useStep(({ id, body }: { id: string; body: IncidentCommandPostSet }) => apiFetch<IncidentDetail>(path(id, 'command-post'), { method: 'PUT', body }));

export const useAddTask = () => useStep(({ id, body }: { id: string; body: IncidentTaskCreate }) => apiFetch<IncidentTask>(path(id, 'tasks'), { method: 'POST', body }));
export const useUpdateTask = () =>
  useStep(({ id, taskId, body }: { id: string; taskId: string; body: IncidentTaskUpdate }) =>
    apiFetch<IncidentTask>(`${path(id, 'tasks')}/${encodeURIComponent(taskId)}`, { method: 'PATCH', body }),
  );
