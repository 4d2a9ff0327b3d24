import type { ApiToken } from '@shouwang/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { apiTokensKey } from './list-api-tokens';

export function revokeApiToken(id: string): Promise<ApiToken> {
  return apiFetch<ApiToken>(`/api-tokens/${encodeURIComponent(id)}/revoke`, { method: 'POST' });
}

export function useRevokeApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeApiToken,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiTokensKey }),
  });
}
