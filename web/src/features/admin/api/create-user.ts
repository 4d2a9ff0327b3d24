import type { User } from '@shouwang/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { usersKey } from './list-users';

export interface UserCreateRequest {
  username: string;
  displayName: string;
  password: string;
  regionCode: string;
  orgUnitId?: string | null;
  phone?: string | null;
  roles: string[];
}

export function createUser(body: UserCreateRequest): Promise<User> {
  return apiFetch<User>('/users', { method: 'POST', body });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}
