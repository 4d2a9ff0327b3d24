import type { Team, TeamCreate } from '@shouwang/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { teamsKey } from './list-teams';

export function createTeam(body: TeamCreate): Promise<Team> {
  return apiFetch<Team>('/resources/teams', { method: 'POST', body });
}

export function useCreateTeam() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createTeam,
    // Lists and the strength report both count the new team.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: teamsKey }),
  });
}
