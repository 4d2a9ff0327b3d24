import type { Facility, FacilityCreate } from '@shouwang/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { facilitiesKey } from './list-facilities';

/** `FacilityUpdate` is the create body with every field optional. */
export type FacilityPatch = Partial<FacilityCreate>;

export function updateFacility(id: string, body: FacilityPatch): Promise<Facility> {
  return apiFetch<Facility>(`/resources/facilities/${encodeURIComponent(id)}`, { method: 'PATCH', body });
}

export function useUpdateFacility() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: FacilityPatch }) => updateFacility(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: facilitiesKey }),
  });
}
