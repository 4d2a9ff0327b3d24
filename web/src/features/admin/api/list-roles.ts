import type { Role } from '@shouwang/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';

export async function fetchRoles(signal?: AbortSignal): Promise<Role[]> {
  const { items } = await apiFetch<{ items: Role[] }>('/roles', { signal });
  return items;
}

export const useRoles = () =>
  useQuery({ queryKey: ['admin', 'roles'] as const, queryFn: ({ signal }) => fetchRoles(signal), staleTime: 10 * 60_000 });
