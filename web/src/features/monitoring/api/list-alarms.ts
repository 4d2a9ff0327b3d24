import type { Alarm, AlarmCondition } from '@shouwang/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { alarmsKey, type Page } from './types';

/** `open`: anything not yet closed (raised, acknowledged or being handled). */
export type AlarmStatusFilter = 'open' | 'raised' | 'acknowledged' | 'handling' | 'closed';

export interface AlarmFilters {
  regionCode?: string;
  status?: AlarmStatusFilter;
  condition?: AlarmCondition;
  enterpriseId?: string;
  pointId?: string;
}

export interface AlarmListParams extends AlarmFilters {
  limit: number;
  offset: number;
}

export function fetchAlarms(params: AlarmListParams, signal?: AbortSignal): Promise<Page<Alarm>> {
  return apiFetch<Page<Alarm>>('/alarms', { query: { ...params }, signal });
}

export const useAlarms = (params: AlarmListParams, enabled = true) =>
  useQuery({
    queryKey: [...alarmsKey, 'list', params] as const,
    queryFn: ({ signal }) => fetchAlarms(params, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
