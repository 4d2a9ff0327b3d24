import type { StrengthReport } from '@shouwang/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { teamsKey } from './list-teams';

export function fetchStrengthReport(regionCode: string | undefined, signal?: AbortSignal): Promise<StrengthReport> {
  return apiFetch<StrengthReport>('/resources/teams/strength', { query: { regionCode }, signal });
}

/** Minimum strengths (Ordos measures): teams below their minimum and regions with no team at all. */
export const useStrengthReport = (regionCode: string | undefined) =>
  useQuery({
    queryKey: [...teamsKey, 'strength', regionCode ?? 'scope'] as const,
    queryFn: ({ signal }) => fetchStrengthReport(regionCode, signal),
  });
