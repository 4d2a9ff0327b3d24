import type { ApiToken, TokenScope } from '@shouwang/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { apiTokensKey } from './list-api-tokens';

export interface ApiTokenCreateRequest {
  name: string;
  regionCode: string;
  scopes: TokenScope[];
  expiresInDays?: number | null;
}

export interface ApiTokenCreatedReply {
  token: ApiToken;
  /** Shown once; the server keeps only a hash. */
  secret: string;
}

export function createApiToken(body: ApiTokenCreateRequest): Promise<ApiTokenCreatedReply> {
  return apiFetch<ApiTokenCreatedReply>('/api-tokens', { method: 'POST', body });
}

export function useCreateApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createApiToken,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiTokensKey }),
  });
}
