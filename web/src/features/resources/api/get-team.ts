import type { TeamDetail } from '@shouwang/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { teamsKey } from './list-teams';

export function fetchTeam(id: string, signal?: AbortSignal): Promise<TeamDetail> {
  return apiFetch<TeamDetail>(`/resources/teams/${encodeURIComponent(id)}`, { signal });
}

export const teamQuery = (id: string) =>
  queryOptions({
    queryKey: [...teamsKey, 'detail', id] as const,
    queryFn: ({ signal }) => fetchTeam(id, signal),
    staleTime: 30_000,
  });

/** Team with its roster and readiness history. */
export const useTeam = (id: string | null) => useQuery({ ...teamQuery(id ?? ''), enabled: id !== null });
