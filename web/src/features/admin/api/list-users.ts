import type { User } from '@shouwang/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';

export interface UserListParams {
  limit: number;
  offset: number;
  regionCode?: string;
  q?: string;
}

export interface UserPage {
  items: User[];
  total: number;
}

export const usersKey = ['admin', 'users'] as const;

export function fetchUsers(params: UserListParams, signal?: AbortSignal): Promise<UserPage> {
  return apiFetch<UserPage>('/users', { query: { ...params }, signal });
}

/** Keeps the previous page on screen while the next one (or a new search) loads. */
export const useUsers = (params: UserListParams, enabled = true) =>
  useQuery({
    queryKey: [...usersKey, params] as const,
    queryFn: ({ signal }) => fetchUsers(params, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
