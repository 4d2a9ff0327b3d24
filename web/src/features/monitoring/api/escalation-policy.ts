import type { EscalationPolicy, EscalationStep, EscalationTarget } from '@shouwang/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { escalationKey } from './types';

/** The ladder in force for a region: its own, inherited from a region above (`inheritedFrom`), or the built-in default (null). */
export type { EscalationPolicy, EscalationStep, EscalationTarget };

export function fetchEscalationPolicy(regionCode: string, signal?: AbortSignal): Promise<EscalationPolicy> {
  return apiFetch<EscalationPolicy>('/monitoring/escalation-policy', { query: { regionCode }, signal });
}

export const useEscalationPolicy = (regionCode: string | null) =>
  useQuery({
    queryKey: [...escalationKey, regionCode ?? ''] as const,
    queryFn: ({ signal }) => fetchEscalationPolicy(regionCode ?? '', signal),
    enabled: regionCode !== null,
  });

export function useSaveEscalationPolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ regionCode, steps }: { regionCode: string; steps: EscalationStep[] }) =>
      apiFetch<EscalationPolicy>('/monitoring/escalation-policy', { method: 'PUT', query: { regionCode }, body: { steps } }),
    // Regions below may inherit this ladder: every cached policy may have changed.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: escalationKey }),
  });
}
