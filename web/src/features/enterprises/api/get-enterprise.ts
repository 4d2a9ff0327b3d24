import type { EnterpriseDetail } from '@shouwang/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { enterprisesKey } from './types';

export function fetchEnterprise(id: string, signal?: AbortSignal): Promise<EnterpriseDetail> {
  return apiFetch<EnterpriseDetail>(`/enterprises/${encodeURIComponent(id)}`, { signal });
}

/** An enterprise with its hazard sources, each with its GB 18218 assessment and package persons. */
export const useEnterprise = (id: string | null) =>
  useQuery({
    queryKey: [...enterprisesKey, 'detail', id ?? ''] as const,
    queryFn: ({ signal }) => fetchEnterprise(id ?? '', signal),
    enabled: id !== null,
    staleTime: 30_000,
  });
