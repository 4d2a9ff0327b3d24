import { useCallback, useState } from 'react';

/** Filters, the search box and the page of a server-paged list; any filter change goes to page 1. */
export function useListFilters<F extends object>() {
  const [filters, setFilters] = useState<Partial<F>>({});
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);

  const filter = useCallback((patch: Partial<F>) => {
    setFilters((current) => ({ ...current, ...patch }));
    setPage(1);
  }, []);
  const clear = useCallback(() => {
    setSearch('');
    setFilters({});
    setPage(1);
  }, []);
  const filtered = Object.values(filters).some((v) => v !== undefined && v !== '');

  return { filters, filter, search, setSearch, page, setPage, filtered, clear };
}
