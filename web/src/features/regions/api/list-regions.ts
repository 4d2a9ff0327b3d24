import type { Region } from '@shouwang/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';

/** Children of `parent`; without a parent the server answers with the caller's own root region. */
export async function fetchRegions(parent: string | null, signal?: AbortSignal): Promise<Region[]> {
  const { items } = await apiFetch<{ items: Region[] }>('/regions', { query: { parent }, signal });
  return items;
}

export const regionsQuery = (parent: string | null) =>
  queryOptions({
    queryKey: ['regions', 'children', parent ?? 'root'] as const,
    queryFn: ({ signal }) => fetchRegions(parent, signal),
    // Administrative divisions change a few times a year at most.
    staleTime: 30 * 60_000,
  });

export const useRegionChildren = (parent: string | null, enabled = true) =>
  useQuery({ ...regionsQuery(parent), enabled });
