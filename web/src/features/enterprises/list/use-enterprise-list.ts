import { useRegionList } from '../../../lib/use-region-list';
import type { EnterpriseFilters } from '../api/list-enterprises';

/**
 * The register's filters, search box and page, plus the region chosen in the header (the server
 * includes the region's whole subtree), like the resources lists. Any change goes back to page 1.
 */
export const useEnterpriseList = () => useRegionList<EnterpriseFilters & { regionCode?: string }>();
