import type { WarehouseStock } from '@shouwang/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { warehousesKey } from './list-warehouses';

/** Stock warnings look this many days ahead for expiry. */
export const EXPIRY_WINDOW_DAYS = 30;

export function fetchWarehouseStock(id: string, signal?: AbortSignal): Promise<WarehouseStock> {
  return apiFetch<WarehouseStock>(`/resources/warehouses/${encodeURIComponent(id)}/stock`, {
    query: { days: EXPIRY_WINDOW_DAYS },
    signal,
  });
}

/** Stock on hand per item and per batch, with expiry and low-stock flags. */
export const useWarehouseStock = (id: string | null) =>
  useQuery({
    queryKey: [...warehousesKey, 'stock', id ?? ''] as const,
    queryFn: ({ signal }) => fetchWarehouseStock(id ?? '', signal),
    enabled: id !== null,
    staleTime: 30_000,
  });
