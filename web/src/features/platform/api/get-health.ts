import type { Health } from '@shouwang/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';

export const fetchHealth = (signal?: AbortSignal) => apiFetch<Health>('/health', { signal });

export const useHealth = (enabled: boolean) =>
  useQuery({ queryKey: ['platform', 'health'], queryFn: ({ signal }) => fetchHealth(signal), enabled, staleTime: 10_000 });
