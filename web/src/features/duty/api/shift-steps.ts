import type { DutyShift, DutyShiftCreate, ShiftHandoverCreate } from '@shouwang/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { dutyKey } from './types';

function useDutyStep<A>(run: (args: A) => Promise<DutyShift>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: run, onSuccess: () => queryClient.invalidateQueries({ queryKey: dutyKey }) });
}

export const useCreateShift = () => useDutyStep((body: DutyShiftCreate) => apiFetch<DutyShift>('/duty/shifts', { method: 'POST', body }));
export const useRemoveShift = () => useDutyStep((id: string) => apiFetch<DutyShift>(`/duty/shifts/${encodeURIComponent(id)}`, { method: 'DELETE' }));
export const useHandover = () =>
  useDutyStep(({ id, body }: { id: string; body: ShiftHandoverCreate }) => apiFetch<DutyShift>(`/duty/shifts/${encodeURIComponent(id)}/handover`, { method: 'POST', body }));
