import type { StockWarnings } from '@shouwang/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { EXPIRY_WINDOW_DAYS } from './get-warehouse-stock';
import { warehousesKey } from './list-warehouses';

export function fetchStockWarnings(signal?: AbortSignal): Promise<StockWarnings> {
  return apiFetch<StockWarnings>('/resources/stock/warnings', { query: { days: EXPIRY_WINDOW_DAYS }, signal });
}

/** Expired, soon-expiring and below-threshold stock across the caller's warehouses. */
export const useStockWarnings = () =>
  useQuery({
    queryKey: [...warehousesKey, 'warnings'] as const,
    queryFn: ({ signal }) => fetchStockWarnings(signal),
    staleTime: 60_000,
  });
