import type { TeamMember, TeamMemberCreate } from '@shouwang/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { teamsKey } from './list-teams';

export function addTeamMember(teamId: string, body: TeamMemberCreate): Promise<TeamMember> {
  return apiFetch<TeamMember>(`/resources/teams/${encodeURIComponent(teamId)}/members`, { method: 'POST', body });
}

export function useAddTeamMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ teamId, body }: { teamId: string; body: TeamMemberCreate }) => addTeamMember(teamId, body),
    // The roster, the member count in lists and the strength report all change.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: teamsKey }),
  });
}
