import type { Warehouse } from '@shouwang/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import type { WarehouseCreateBody } from './create-warehouse';
import { warehousesKey } from './list-warehouses';

/** A warehouse keeps its region: its batches and ledger carry it (WAREHOUSE_REGION_FIXED). */
export type WarehousePatch = Partial<Omit<WarehouseCreateBody, 'regionCode'>>;

export function updateWarehouse(id: string, body: WarehousePatch): Promise<Warehouse> {
  return apiFetch<Warehouse>(`/resources/warehouses/${encodeURIComponent(id)}`, { method: 'PATCH', body });
}

export function useUpdateWarehouse() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: WarehousePatch }) => updateWarehouse(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: warehousesKey }),
  });
}
