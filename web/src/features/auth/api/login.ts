import type { LoginRequest, MeResponse } from '@shouwang/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { rememberCsrfToken } from '../../../lib/csrf-token';
import { meQueryKey } from './me';

export function login(body: LoginRequest): Promise<MeResponse> {
  return apiFetch<MeResponse>('/auth/login', { method: 'POST', body, skipAuthRedirect: true });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (me) => {
      rememberCsrfToken(me.csrfToken);
      // A previous user's cached regions must never leak into this session.
      queryClient.clear();
      queryClient.setQueryData(meQueryKey, me);
    },
  });
}
