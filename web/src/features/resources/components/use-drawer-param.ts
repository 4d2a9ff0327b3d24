import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * The record a drawer shows lives in the URL (`?team=<id>`), so the map can link to it and the
 * browser's back button closes it.
 */
export function useDrawerParam(name: string): [string | null, (id: string | null) => void] {
  const [params, setParams] = useSearchParams();
  const open = useCallback(
    (id: string | null) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (id) next.set(name, id);
          else next.delete(name);
          return next;
        },
        { replace: !id },
      ),
    [name, setParams],
  );
  return [params.get(name), open];
}
