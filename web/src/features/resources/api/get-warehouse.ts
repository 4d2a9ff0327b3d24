import type { Warehouse } from '@shouwang/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { warehousesKey } from './list-warehouses';

export function fetchWarehouse(id: string, signal?: AbortSignal): Promise<Warehouse> {
  return apiFetch<Warehouse>(`/resources/warehouses/${encodeURIComponent(id)}`, { signal });
}

export const warehouseQuery = (id: string) =>
  queryOptions({
    queryKey: [...warehousesKey, 'detail', id] as const,
    queryFn: ({ signal }) => fetchWarehouse(id, signal),
    staleTime: 30_000,
  });

export const useWarehouse = (id: string | null) => useQuery({ ...warehouseQuery(id ?? ''), enabled: id !== null });
