import type { Warning } from '@shouwang/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch, apiUrl } from '../../../lib/api-client';
import { warningsKey } from './types';

export function fetchWarning(id: string, signal?: AbortSignal): Promise<Warning> {
  return apiFetch<Warning>(`/warnings/${encodeURIComponent(id)}`, { signal });
}

export const warningDetailKey = (id: string) => [...warningsKey, 'detail', id] as const;

export const warningQuery = (id: string) => queryOptions({ queryKey: warningDetailKey(id), queryFn: ({ signal }) => fetchWarning(id, signal) });

export const useWarning = (id: string | null) => useQuery({ ...warningQuery(id ?? ''), enabled: id !== null });

/** The CAP 1.2 document of a warning; the session cookie authorises the download like any other request. */
export const warningCapUrl = (id: string) => apiUrl(`/warnings/${encodeURIComponent(id)}/cap`);
