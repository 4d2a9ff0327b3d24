import { useCallback, useState } from 'react';
import { useSelectedRegion } from '../../regions/selected-region-context';
import type { EnterpriseFilters } from '../api/list-enterprises';

const PAGE_SIZE = 20;

type OwnFilters = Omit<EnterpriseFilters, 'regionCode'>;

/**
 * The register's filters, search box and page, plus the region chosen in the header (the server
 * includes the region's whole subtree), like the resources lists. Any change goes back to page 1.
 */
export function useEnterpriseList() {
  const { region } = useSelectedRegion();
  const regionCode = region?.code;
  const [filters, setFilters] = useState<OwnFilters>({});
  const [search, setSearch] = useState('');
  const [paging, setPaging] = useState({ page: 1, regionCode });
  const page = paging.regionCode === regionCode ? paging.page : 1;

  const setPage = useCallback((next: number) => setPaging({ page: next, regionCode }), [regionCode]);
  const filter = useCallback(
    (patch: OwnFilters) => {
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

  return {
    region,
    filters,
    filter,
    search,
    setSearch,
    clear,
    filtered: Object.values(filters).some((v) => v !== undefined && v !== ''),
    page,
    setPage,
    pageSize: PAGE_SIZE,
    params: { ...filters, regionCode, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
  };
}
