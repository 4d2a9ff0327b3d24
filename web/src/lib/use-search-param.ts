import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * A value kept in the URL (`?point=<id>`), so other pages can link to it and the browser's back
 * button undoes it. Setting null removes it and replaces the history entry instead of adding one.
 */
export function useSearchParam(name: string): [string | null, (value: string | null) => void] {
  const [params, setParams] = useSearchParams();
  const set = useCallback(
    (value: string | null) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (value) next.set(name, value);
          else next.delete(name);
          return next;
        },
        { replace: !value },
      ),
    [name, setParams],
  );
  return [params.get(name), set];
}
