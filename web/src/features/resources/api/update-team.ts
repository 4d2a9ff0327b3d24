import type { Team, TeamUpdate } from '@shouwang/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { teamsKey } from './list-teams';

export function updateTeam(id: string, body: TeamUpdate): Promise<Team> {
  return apiFetch<Team>(`/resources/teams/${encodeURIComponent(id)}`, { method: 'PATCH', body });
}

export function useUpdateTeam() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: TeamUpdate }) => updateTeam(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: teamsKey }),
  });
}
