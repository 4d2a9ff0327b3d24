import type { MonitoringPoint } from '@shouwang/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { pointsKey } from './types';

export function fetchPoint(id: string, signal?: AbortSignal): Promise<MonitoringPoint> {
  return apiFetch<MonitoringPoint>(`/monitoring/points/${encodeURIComponent(id)}`, { signal });
}

export const usePoint = (id: string | null) =>
  useQuery({
    queryKey: [...pointsKey, 'detail', id ?? ''] as const,
    queryFn: ({ signal }) => fetchPoint(id ?? '', signal),
    enabled: id !== null,
  });
