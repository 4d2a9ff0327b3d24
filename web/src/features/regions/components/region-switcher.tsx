import { useSelectedRegion } from '../selected-region-context';
import { RegionTreeSelect } from './region-tree-select';

/** The header control: what it selects is the app-wide current region. */
export function RegionSwitcher({ compact = false }: { compact?: boolean }) {
  const { root, region, path, select } = useSelectedRegion();
  return (
    <RegionTreeSelect
      className="sw-region-switcher"
      root={root}
      value={region ? { value: region.code, label: region.name } : null}
      onChange={(next) => select(next.value)}
      expandPath={path}
      width={compact ? 136 : 240}
      popupWidth={compact ? 260 : 300}
      loading={!region}
    />
  );
}
