import type { AssetKind, MonitoringPoint } from '@shouwang/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { pointsKey, type Page } from './types';

export type PointStateFilter = 'alarm' | 'offline' | 'normal';

export interface PointFilters {
  regionCode?: string;
  assetKind?: AssetKind;
  enterpriseId?: string;
  hazardSourceId?: string;
  state?: PointStateFilter;
  q?: string;
}

export interface PointListParams extends PointFilters {
  limit: number;
  offset: number;
}

/** The most a list may ask for at once (PageQuery). */
export const MAX_PAGE = 500;

export function fetchPoints(params: PointListParams, signal?: AbortSignal): Promise<Page<MonitoringPoint>> {
  return apiFetch<Page<MonitoringPoint>>('/monitoring/points', { query: { ...params }, signal });
}

export const pointsListKey = (params: PointListParams) => [...pointsKey, 'list', params] as const;

/** Keeps the previous answer on screen while a filter change or a live refresh loads. */
export const usePoints = (params: PointListParams, enabled = true) =>
  useQuery({
    queryKey: pointsListKey(params),
    queryFn: ({ signal }) => fetchPoints(params, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
