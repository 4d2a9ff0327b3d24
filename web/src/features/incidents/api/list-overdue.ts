import type { Incident, ReportClock } from '@shouwang/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { incidentsKey } from './types';

export interface OverdueItem {
  incident: Incident;
  clocks: ReportClock[];
}

/** Open incidents with a report past its deadline (and, on request, those running amber), most overdue first. */
export const useOverdueReports = (regionCode: string | undefined, includeAmber: boolean) =>
  useQuery({
    queryKey: [...incidentsKey, 'overdue', regionCode ?? '', includeAmber] as const,
    queryFn: ({ signal }) => apiFetch<{ items: OverdueItem[]; total: number }>('/incidents/overdue', { query: { regionCode, includeAmber }, signal }),
    enabled: regionCode !== undefined,
    // A clock turns red without anything happening on the server: ask again every minute.
    refetchInterval: 60_000,
  });
