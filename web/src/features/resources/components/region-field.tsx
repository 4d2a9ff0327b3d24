import { useMemo } from 'react';
import { useRegionPath } from '../../regions/api/get-region';
import { RegionTreeSelect } from '../../regions/components/region-tree-select';
import { pathWithinScope } from '../../regions/region-scope';
import { useSelectedRegion } from '../../regions/selected-region-context';
import { RegionName } from '../../regions/components/region-name';

interface RegionFieldProps {
  /** A 12-digit region code; antd's Form.Item passes it. */
  value?: string;
  onChange?: (code: string) => void;
  ariaLabel: string;
  disabled?: boolean;
  id?: string;
}

/** The region of a record, picked from the user's jurisdiction tree; the form holds just the code. */
export function RegionField({ value, onChange, ariaLabel, disabled = false, id }: RegionFieldProps) {
  const { root } = useSelectedRegion();
  const path = useRegionPath(value ?? null);
  const expandPath = useMemo(
    () => (path.data ? pathWithinScope(path.data.region, path.data.ancestors, root) : []),
    [path.data, root],
  );
  return (
    <span id={id} className="sw-res-region-field">
      <RegionTreeSelect
        root={root}
        value={value ? { value, label: <RegionName code={value} /> } : null}
        onChange={(next) => onChange?.(next.value)}
        expandPath={expandPath}
        width="100%"
        popupWidth={320}
        ariaLabel={ariaLabel}
        disabled={disabled}
      />
    </span>
  );
}
