import type { Expert, ExpertCreate } from '@shouwang/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { expertsKey } from './list-experts';

export function createExpert(body: ExpertCreate): Promise<Expert> {
  return apiFetch<Expert>('/resources/experts', { method: 'POST', body });
}

export function useCreateExpert() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createExpert,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: expertsKey }),
  });
}
