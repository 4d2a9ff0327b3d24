import { Navigate, Outlet, useLocation } from 'react-router';
import { FullPageSpinner } from '../../components/full-page-spinner';
import { QueryErrorResult } from '../../components/query-error-result';
import { useMe } from './api/me';

export function RequireAuth() {
  const location = useLocation();
  const me = useMe();
  if (me.isPending) return <FullPageSpinner />;
  if (me.isError) return <QueryErrorResult error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return <Outlet />;
}
