import type { IncidentDetail } from '@shouwang/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { incidentsKey } from './types';

export const incidentDetailKey = (id: string) => [...incidentsKey, 'detail', id] as const;

export const incidentQuery = (id: string) =>
  queryOptions({ queryKey: incidentDetailKey(id), queryFn: ({ signal }) => apiFetch<IncidentDetail>(`/incidents/${encodeURIComponent(id)}`, { signal }) });

/** An incident with its reports, report clocks, response and tasks. */
export const useIncident = (id: string | null) => useQuery({ ...incidentQuery(id ?? ''), enabled: id !== null });
