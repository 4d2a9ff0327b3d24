import type { Facility } from '@shouwang/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { facilitiesKey } from './list-facilities';

export function fetchFacility(id: string, signal?: AbortSignal): Promise<Facility> {
  return apiFetch<Facility>(`/resources/facilities/${encodeURIComponent(id)}`, { signal });
}

export const facilityQuery = (id: string) =>
  queryOptions({
    queryKey: [...facilitiesKey, 'detail', id] as const,
    queryFn: ({ signal }) => fetchFacility(id, signal),
    staleTime: 30_000,
  });

export const useFacility = (id: string | null) => useQuery({ ...facilityQuery(id ?? ''), enabled: id !== null });
