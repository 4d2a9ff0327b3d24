import type {
  Dispatch,
  DispatchStatusChange,
  IncidentDispatches,
  NearbyKind,
  NearbyResult,
  Speciality,
  SupplyDispatchCreate,
  SupplyItem,
  TeamDispatchCreate,
} from '@shouwang/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { incidentsKey, type Page } from './types';

const path = (id: string, rest: string) => `/incidents/${encodeURIComponent(id)}/${rest}`;

export interface NearbyParams {
  kind: NearbyKind;
  n?: number;
  speciality?: Speciality;
  supply?: string;
  minQuantity?: number;
  minFreeCapacity?: number;
}

/** The nearest teams on standby, warehouses holding a supply, or shelters with room, from the incident. */
export const useNearby = (incidentId: string, params: NearbyParams, enabled = true) =>
  useQuery({
    queryKey: [...incidentsKey, 'nearby', incidentId, params] as const,
    queryFn: ({ signal }) => apiFetch<NearbyResult>(path(incidentId, 'nearby'), { query: { ...params }, signal }),
    placeholderData: keepPreviousData,
    enabled,
    retry: false,
  });

export const dispatchesQuery = (incidentId: string) => ({
  queryKey: [...incidentsKey, 'dispatches', incidentId] as const,
  queryFn: ({ signal }: { signal: AbortSignal }) => apiFetch<IncidentDispatches>(path(incidentId, 'dispatches'), { signal }),
});

/** Teams and supplies sent to the incident, with every step's time. */
export const useDispatches = (incidentId: string) => useQuery(dispatchesQuery(incidentId));

/** The supply catalogue (GB/T 38565), searched by name or code. */
export const useSupplyItems = (q: string) =>
  useQuery({
    queryKey: ['resources', 'supply-items', q] as const,
    queryFn: ({ signal }) => apiFetch<Page<SupplyItem>>('/resources/supply-items', { query: { q: q || undefined, limit: 50 }, signal }),
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });

/** A dispatch changes the dispatches, the nearby lists (a team is no longer on standby, stock went down), the timeline and the resources. */
function useDispatchStep<A>(incidentId: string, run: (args: A) => Promise<Dispatch>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: incidentsKey }), queryClient.invalidateQueries({ queryKey: ['resources'] })]),
  });
}

export const useDispatchTeam = (incidentId: string) =>
  useDispatchStep(incidentId, (body: TeamDispatchCreate) => apiFetch<Dispatch>(path(incidentId, 'dispatches'), { method: 'POST', body }));
export const useDispatchSupply = (incidentId: string) =>
  useDispatchStep(incidentId, (body: SupplyDispatchCreate) => apiFetch<Dispatch>(path(incidentId, 'supplies'), { method: 'POST', body }));
export const useChangeDispatch = (incidentId: string) =>
  useDispatchStep(incidentId, ({ dispatchId, body }: { dispatchId: string; body: DispatchStatusChange }) =>
    apiFetch<Dispatch>(path(incidentId, `dispatches/${encodeURIComponent(dispatchId)}/status`), { method: 'POST', body }),
  );
