import type { RegionPath } from '@shouwang/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { isApiError } from '../../../lib/api-error';

export function fetchRegionPath(code: string, signal?: AbortSignal): Promise<RegionPath> {
  return apiFetch<RegionPath>(`/regions/${encodeURIComponent(code)}`, { signal });
}

export const regionPathQuery = (code: string) =>
  queryOptions({
    queryKey: ['regions', 'path', code] as const,
    queryFn: ({ signal }) => fetchRegionPath(code, signal),
    staleTime: 30 * 60_000,
    // A 404 means "outside your scope" and will not fix itself.
    retry: (failureCount, error) => !(isApiError(error) && error.status < 500) && failureCount < 2,
  });

/** Keeps showing the previous region while the next one loads, so the map does not blank out. */
export const useRegionPath = (code: string | null) =>
  useQuery({ ...regionPathQuery(code ?? ''), enabled: code !== null, placeholderData: keepPreviousData });
