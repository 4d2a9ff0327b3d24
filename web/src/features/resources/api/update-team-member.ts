import type { TeamMember, TeamMemberCreate } from '@shouwang/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { teamsKey } from './list-teams';

export type TeamMemberPatch = Partial<TeamMemberCreate>;

export function updateTeamMember(id: string, body: TeamMemberPatch): Promise<TeamMember> {
  return apiFetch<TeamMember>(`/resources/members/${encodeURIComponent(id)}`, { method: 'PATCH', body });
}

export function useUpdateTeamMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: TeamMemberPatch }) => updateTeamMember(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: teamsKey }),
  });
}
