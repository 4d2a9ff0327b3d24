import type { User } from '@shouwang/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { usersKey } from './list-users';

export interface UserUpdateRequest {
  displayName?: string;
  regionCode?: string;
  orgUnitId?: string | null;
  phone?: string | null;
  roles?: string[];
  disabled?: boolean;
  password?: string;
}

export function updateUser(id: string, body: UserUpdateRequest): Promise<User> {
  return apiFetch<User>(`/users/${encodeURIComponent(id)}`, { method: 'PATCH', body });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UserUpdateRequest }) => updateUser(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}
