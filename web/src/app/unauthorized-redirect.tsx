import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { setUnauthorizedHandler } from '../lib/api-client';
import { meQueryKey } from '../features/auth/api/me';

/** Turns any 401 from the API into a client-side trip to /login that comes back afterwards. */
export function UnauthorizedRedirect() {
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  const here = `${location.pathname}${location.search}`;

  useEffect(
    () =>
      setUnauthorizedHandler(() => {
        queryClient.setQueryData(meQueryKey, null);
        if (!here.startsWith('/login')) void navigate(`/login?next=${encodeURIComponent(here)}`, { replace: true });
      }),
    [navigate, queryClient, here],
  );
  return null;
}
