import type { OrgUnit } from '@shouwang/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';

/** Without a region: every unit the caller may see (one page of up to 500, plenty for a city). */
export async function fetchOrgUnits(regionCode: string | null, signal?: AbortSignal): Promise<OrgUnit[]> {
  const { items } = await apiFetch<{ items: OrgUnit[]; total: number }>('/org-units', {
    query: { regionCode, limit: 500 },
    signal,
  });
  return items;
}

export const useOrgUnits = (regionCode: string | null, enabled = true) =>
  useQuery({
    queryKey: ['admin', 'org-units', regionCode ?? 'all'] as const,
    queryFn: ({ signal }) => fetchOrgUnits(regionCode, signal),
    staleTime: 5 * 60_000,
    enabled,
  });
