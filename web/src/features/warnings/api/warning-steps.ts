import type { Warning, WarningCreate, WarningRevise, WarningUpdate } from '@shouwang/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { warningDetailKey } from './get-warning';
import { publicWarningsKey, warningsKey } from './types';

const path = (id: string, step?: string) => `/warnings/${encodeURIComponent(id)}${step ? `/${step}` : ''}`;

export const createWarning = (body: WarningCreate) => apiFetch<Warning>('/warnings', { method: 'POST', body });
export const updateWarning = (id: string, body: WarningUpdate) => apiFetch<Warning>(path(id), { method: 'PATCH', body });
export const reviseWarning = (id: string, body: WarningRevise) => apiFetch<Warning>(path(id, 'revise'), { method: 'POST', body });
export const submitWarning = (id: string) => apiFetch<Warning>(path(id, 'submit'), { method: 'POST' });
export const approveWarning = (id: string) => apiFetch<Warning>(path(id, 'approve'), { method: 'POST' });
export const rejectWarning = (id: string, reason: string) => apiFetch<Warning>(path(id, 'reject'), { method: 'POST', body: { reason } });
export const cancelWarning = (id: string, reason: string) => apiFetch<Warning>(path(id, 'cancel'), { method: 'POST', body: { reason } });

/** A step changes the warning, the lists, and (publishing, superseding) the version it updates. */
function useStep<A>(run: (args: A) => Promise<Warning>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: (warning) => {
      queryClient.setQueryData(warningDetailKey(warning.id), warning);
      return Promise.all([queryClient.invalidateQueries({ queryKey: warningsKey }), queryClient.invalidateQueries({ queryKey: publicWarningsKey })]);
    },
  });
}

export const useCreateWarning = () => useStep((body: WarningCreate) => createWarning(body));
export const useUpdateWarning = () => useStep(({ id, body }: { id: string; body: WarningUpdate }) => updateWarning(id, body));
export const useReviseWarning = () => useStep(({ id, body }: { id: string; body: WarningRevise }) => reviseWarning(id, body));
export const useSubmitWarning = () => useStep((id: string) => submitWarning(id));
export const useApproveWarning = () => useStep((id: string) => approveWarning(id));
export const useRejectWarning = () => useStep(({ id, reason }: { id: string; reason: string }) => rejectWarning(id, reason));
export const useCancelWarning = () => useStep(({ id, reason }: { id: string; reason: string }) => cancelWarning(id, reason));
