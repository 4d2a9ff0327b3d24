import type { SessionUser } from '@shouwang/contracts';
import { useMe } from './api/me';

/** Only for components rendered below RequireAuth, which guarantees a session. */
export function useCurrentUser(): SessionUser {
  const { data } = useMe();
  if (!data) throw new Error('useCurrentUser used outside an authenticated route');
  return data.user;
}

export function useHasPermission(permission: SessionUser['permissions'][number]): boolean {
  return useCurrentUser().permissions.includes(permission);
}
