import { useCallback, useState } from 'react';
import { useSelectedRegion } from '../features/regions/selected-region-context';

const PAGE_SIZE = 20;

/** What every region-following list filters by, besides its own fields. */
export interface ListFilters {
  regionCode?: string;
  q?: string;
}

/**
 * The state of a server-paged list that follows the header region (resources, enterprises): its own filters, the search box and the page, plus the
 * region chosen in the header (the server filters by the region's whole subtree), as the map does.
 * Any filter or region change goes back to page 1.
 */
export function useRegionList<F extends ListFilters>() {
  const { region } = useSelectedRegion();
  const regionCode = region?.code;
  const [filters, setFilters] = useState<Partial<F>>({});
  const [search, setSearch] = useState('');
  const [paging, setPaging] = useState({ page: 1, regionCode });
  const page = paging.regionCode === regionCode ? paging.page : 1;

  const setPage = useCallback((next: number) => setPaging({ page: next, regionCode }), [regionCode]);
  const filter = useCallback(
    (patch: Partial<F>) => {
      setFilters((current) => ({ ...current, ...patch }));
      setPaging({ page: 1, regionCode });
    },
    [regionCode],
  );
  const clear = useCallback(() => {
    setSearch('');
    setFilters({});
    setPaging({ page: 1, regionCode });
  }, [regionCode]);
  const filtered = Object.values(filters).some((v) => v !== undefined && v !== '');
  /** What the list shows, on every page: for export. */
  const query = { ...filters, regionCode };

  return {
    filters,
    filter,
    search,
    setSearch,
    page,
    setPage,
    pageSize: PAGE_SIZE,
    filtered,
    clear,
    region,
    query,
    params: { ...query, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
  };
}

export type RegionListState<F extends ListFilters> = ReturnType<typeof useRegionList<F>>;
