import type { Facility } from '@shouwang/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { facilitiesKey } from './list-facilities';

export function setFacilityOccupancy(id: string, occupancy: number): Promise<Facility> {
  return apiFetch<Facility>(`/resources/facilities/${encodeURIComponent(id)}/occupancy`, { method: 'POST', body: { occupancy } });
}

/** 当前安置人数 of a shelter; free capacity feeds the "nearest shelter" search. */
export function useSetFacilityOccupancy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, occupancy }: { id: string; occupancy: number }) => setFacilityOccupancy(id, occupancy),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: facilitiesKey }),
  });
}
