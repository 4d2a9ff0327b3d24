import type { Enterprise, EnterpriseRiskGrade, Industry } from '@shouwang/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { enterprisesKey, type Page } from './types';

export interface EnterpriseFilters {
  regionCode?: string;
  industry?: Industry;
  riskGrade?: EnterpriseRiskGrade;
  q?: string;
  /** Only enterprises with at least one major hazard source. */
  majorOnly?: boolean;
}

export interface EnterpriseListParams extends EnterpriseFilters {
  limit: number;
  offset: number;
}

export function fetchEnterprises(params: EnterpriseListParams, signal?: AbortSignal): Promise<Page<Enterprise>> {
  return apiFetch<Page<Enterprise>>('/enterprises', { query: { ...params }, signal });
}

/** Keeps the previous page on screen while the next one (or a new filter) loads. */
export const useEnterprises = (params: EnterpriseListParams, enabled = true) =>
  useQuery({
    queryKey: [...enterprisesKey, 'list', params] as const,
    queryFn: ({ signal }) => fetchEnterprises(params, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
