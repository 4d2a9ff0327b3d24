import type { Expert, ExpertCreate } from '@shouwang/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { expertsKey } from './list-experts';

/** `ExpertUpdate` is the create body with every field optional. */
export type ExpertPatch = Partial<ExpertCreate>;

export function updateExpert(id: string, body: ExpertPatch): Promise<Expert> {
  return apiFetch<Expert>(`/resources/experts/${encodeURIComponent(id)}`, { method: 'PATCH', body });
}

export function useUpdateExpert() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: ExpertPatch }) => updateExpert(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: expertsKey }),
  });
}
