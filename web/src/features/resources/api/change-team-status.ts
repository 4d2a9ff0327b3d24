import type { Team, TeamStatus } from '@shouwang/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { teamsKey } from './list-teams';

export interface TeamStatusChangeRequest {
  status: TeamStatus;
  note?: string;
}

export function changeTeamStatus(id: string, body: TeamStatusChangeRequest): Promise<Team> {
  return apiFetch<Team>(`/resources/teams/${encodeURIComponent(id)}/status`, { method: 'POST', body });
}

export function useChangeTeamStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: TeamStatusChangeRequest }) => changeTeamStatus(id, body),
    // Lists, the detail (history) and the strength report all depend on the status.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: teamsKey }),
  });
}
