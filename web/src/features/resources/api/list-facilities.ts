import type { Facility, FacilityKind, ForceLevel } from '@shouwang/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { resourcesKey, type ResourcePage } from './types';

export interface FacilityFilters {
  regionCode?: string;
  kind?: FacilityKind;
  level?: ForceLevel;
  q?: string;
}

export interface FacilityListParams extends FacilityFilters {
  limit: number;
  offset: number;
}

export const facilitiesKey = [...resourcesKey, 'facilities'] as const;

export function fetchFacilities(params: FacilityListParams, signal?: AbortSignal): Promise<ResourcePage<Facility>> {
  return apiFetch<ResourcePage<Facility>>('/resources/facilities', { query: { ...params }, signal });
}

export const useFacilities = (params: FacilityListParams) =>
  useQuery({
    queryKey: [...facilitiesKey, 'list', params] as const,
    queryFn: ({ signal }) => fetchFacilities(params, signal),
    placeholderData: keepPreviousData,
  });
