import type { IncidentLogEntry } from '@shouwang/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { incidentsKey, type Page } from './types';

/** The incident's timeline, oldest first (the server keeps at most 500 a page; an incident rarely has more). */
export const useIncidentLog = (id: string) =>
  useQuery({
    queryKey: [...incidentsKey, 'log', id] as const,
    queryFn: ({ signal }) => apiFetch<Page<IncidentLogEntry>>(`/incidents/${encodeURIComponent(id)}/log`, { query: { limit: 500 }, signal }),
  });
