import type { MeResponse } from '@shouwang/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { isApiError } from '../../../lib/api-error';
import { rememberCsrfToken } from '../../../lib/csrf-token';

export const meQueryKey = ['auth', 'me'] as const;

/** Resolves to null when nobody is signed in, so "logged out" is data rather than an error. */
export async function fetchMe(signal?: AbortSignal): Promise<MeResponse | null> {
  try {
    const me = await apiFetch<MeResponse>('/auth/me', { signal, skipAuthRedirect: true });
    rememberCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export const meQuery = queryOptions({
  queryKey: meQueryKey,
  queryFn: ({ signal }) => fetchMe(signal),
  staleTime: 5 * 60_000,
  retry: false,
});

export const useMe = () => useQuery(meQuery);
