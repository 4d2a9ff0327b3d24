import type { RiskIndex } from '@shouwang/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { enterprisesKey } from './types';

export const riskIndexKey = [...enterprisesKey, 'risk-index'] as const;

export function fetchRiskIndex(id: string, signal?: AbortSignal): Promise<RiskIndex> {
  return apiFetch<RiskIndex>(`/enterprises/${encodeURIComponent(id)}/risk-index`, { signal });
}

/** Today's index (0–100) with its parts and the last 30 days. */
export const useRiskIndex = (id: string) =>
  useQuery({ queryKey: [...riskIndexKey, id] as const, queryFn: ({ signal }) => fetchRiskIndex(id, signal) });
