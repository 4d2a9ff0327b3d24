import type { IncidentCategory, IncidentGrade, IncidentPage } from '@shouwang/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { incidentsKey } from './types';

export type IncidentStatusFilter = 'open' | 'active' | 'ended' | 'closed';

export interface IncidentFilters {
  /** The server includes the region's whole subtree. */
  regionCode?: string;
  status?: IncidentStatusFilter;
  category?: IncidentCategory;
  type?: string;
  grade?: IncidentGrade;
  q?: string;
}

export interface IncidentListParams extends IncidentFilters {
  limit: number;
  offset: number;
}

/** The most a page may hold (the contract's PageQuery). */
export const MAX_PAGE = 500;

export function fetchIncidents(params: IncidentListParams, signal?: AbortSignal): Promise<IncidentPage> {
  return apiFetch<IncidentPage>('/incidents', { query: { ...params }, signal });
}

export const incidentsQuery = (params: IncidentListParams) =>
  queryOptions({ queryKey: [...incidentsKey, 'list', params] as const, queryFn: ({ signal }) => fetchIncidents(params, signal) });

export const useIncidents = (params: IncidentListParams, enabled = true) => useQuery({ ...incidentsQuery(params), placeholderData: keepPreviousData, enabled });
