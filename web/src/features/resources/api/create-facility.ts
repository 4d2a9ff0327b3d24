import type { Facility, FacilityCreate } from '@shouwang/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { facilitiesKey } from './list-facilities';

export function createFacility(body: FacilityCreate): Promise<Facility> {
  return apiFetch<Facility>('/resources/facilities', { method: 'POST', body });
}

export function useCreateFacility() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createFacility,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: facilitiesKey }),
  });
}
