import type { Expert } from '@shouwang/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { resourcesKey, type ResourcePage } from './types';

export interface ExpertFilters {
  regionCode?: string;
  field?: string;
  available?: 'true' | 'false';
  q?: string;
}

export interface ExpertListParams extends ExpertFilters {
  limit: number;
  offset: number;
}

export const expertsKey = [...resourcesKey, 'experts'] as const;

export function fetchExperts(params: ExpertListParams, signal?: AbortSignal): Promise<ResourcePage<Expert>> {
  return apiFetch<ResourcePage<Expert>>('/resources/experts', { query: { ...params }, signal });
}

export const useExperts = (params: ExpertListParams) =>
  useQuery({
    queryKey: [...expertsKey, 'list', params] as const,
    queryFn: ({ signal }) => fetchExperts(params, signal),
    placeholderData: keepPreviousData,
  });
