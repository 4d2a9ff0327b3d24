import { useRegionList } from '../../../lib/use-region-list';
import type { WarningFilters } from '../api/list-warnings';

/**
 * The list's filters and page, plus the region chosen in the header (the server includes the issuing
 * region's whole subtree), like the other registers. Any change goes back to page 1.
 */
export const useWarningList = () => useRegionList<WarningFilters>();
