import type { Warehouse } from '@shouwang/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { WarehouseLevelValue } from '../labels';
import { resourcesKey, type ResourcePage } from './types';

export interface WarehouseFilters {
  regionCode?: string;
  level?: WarehouseLevelValue;
  q?: string;
}

export interface WarehouseListParams extends WarehouseFilters {
  limit: number;
  offset: number;
}

export const warehousesKey = [...resourcesKey, 'warehouses'] as const;

export function fetchWarehouses(params: WarehouseListParams, signal?: AbortSignal): Promise<ResourcePage<Warehouse>> {
  return apiFetch<ResourcePage<Warehouse>>('/resources/warehouses', { query: { ...params }, signal });
}

export const useWarehouses = (params: WarehouseListParams) =>
  useQuery({
    queryKey: [...warehousesKey, 'list', params] as const,
    queryFn: ({ signal }) => fetchWarehouses(params, signal),
    placeholderData: keepPreviousData,
  });
