import type { ApiToken } from '@shouwang/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';

export const apiTokensKey = ['admin', 'api-tokens'] as const;

export async function fetchApiTokens(signal?: AbortSignal): Promise<ApiToken[]> {
  const { items } = await apiFetch<{ items: ApiToken[] }>('/api-tokens', { signal });
  return items;
}

export const useApiTokens = () => useQuery({ queryKey: apiTokensKey, queryFn: ({ signal }) => fetchApiTokens(signal) });
