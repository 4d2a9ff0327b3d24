import type { Warehouse } from '@shouwang/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { warehousesKey } from './list-warehouses';

/** The contract's `WarehouseCreate` schema has no exported type; its fields are the record's own. */
export type WarehouseCreateBody = Omit<Warehouse, 'id' | 'createdAt' | 'updatedAt'>;

export function createWarehouse(body: WarehouseCreateBody): Promise<Warehouse> {
  return apiFetch<Warehouse>('/resources/warehouses', { method: 'POST', body });
}

export function useCreateWarehouse() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createWarehouse,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: warehousesKey }),
  });
}
