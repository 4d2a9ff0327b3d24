import { EnvironmentOutlined } from '@ant-design/icons';
import type { Region } from '@shouwang/contracts';
import { TreeSelect } from 'antd';
import { useI18n } from '../../../lib/i18n';
import { useSelectedRegion } from '../selected-region-context';
import { RegionName } from './region-name';
import { useRegionTree, type RegionNode, type RegionOption } from './region-tree-select';

const NO_PATH: Region[] = [];

export interface RegionsTreeSelectProps {
  /** 12-digit region codes; antd's Form.Item passes them. */
  value?: string[];
  onChange?: (codes: string[]) => void;
  id?: string;
  ariaLabel: string;
  placeholder?: string;
  className?: string;
  disabled?: boolean;
}

/**
 * Several regions picked from the user's jurisdiction tree (the server never returns regions outside
 * it); the form holds just their codes. Each click selects that region itself, not its subtree.
 */
export function RegionsTreeSelect({ value = [], onChange, id, ariaLabel, placeholder, className, disabled = false }: RegionsTreeSelectProps) {
  const { t } = useI18n();
  const { root } = useSelectedRegion();
  const tree = useRegionTree(root, NO_PATH);
  return (
    <TreeSelect<RegionOption[], RegionNode>
      id={id}
      className={className}
      aria-label={ariaLabel}
      prefix={<EnvironmentOutlined />}
      style={{ width: '100%' }}
      placeholder={placeholder ?? t('header.region.placeholder')}
      disabled={disabled}
      multiple
      labelInValue
      allowClear
      value={value.map((code) => ({ value: code, label: <RegionName code={code} /> }))}
      onChange={(next) => onChange?.((next ?? []).map((option) => option.value))}
      {...tree}
    />
  );
}
