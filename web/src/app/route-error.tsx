import { useRouteError } from 'react-router';
import { QueryErrorResult } from '../components/query-error-result';

/** Last line of defence: a render error shows a message instead of a blank page. */
export function RouteError() {
  const error = useRouteError();
  return <QueryErrorResult error={error} onRetry={() => window.location.reload()} />;
}
