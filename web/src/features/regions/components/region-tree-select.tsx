import { EnvironmentOutlined } from '@ant-design/icons';
import type { Region } from '@shouwang/contracts';
import { useQueries, useQueryClient } from '@tanstack/react-query';
import { TreeSelect } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useI18n } from '../../../lib/i18n';
import { regionsQuery } from '../api/list-regions';
import { RegionLevelTag } from './region-level-tag';

export interface RegionNode {
  id: string;
  pId: string | null;
  value: string;
  name: string;
  title: React.ReactNode;
  isLeaf: boolean;
}

const toNode = (region: Region): RegionNode => ({
  id: region.code,
  pId: region.parentCode,
  value: region.code,
  name: region.name,
  title: (
    <span className="sw-region-option">
      {region.name}
      <RegionLevelTag level={region.level} />
    </span>
  ),
  isLeaf: region.childCount === 0,
});

const NO_PATH: Region[] = [];

const union = (current: string[], extra: string[]): string[] => {
  const missing = extra.filter((code) => !current.includes(code));
  return missing.length ? [...current, ...missing] : current;
};

export interface RegionOption {
  value: string;
  label: React.ReactNode;
}

export interface RegionTreeSelectProps {
  /** The user's root region: the top of the tree. */
  root: Region | null;
  value?: RegionOption | null;
  onChange?: (value: RegionOption) => void;
  /** Regions from the root to the current value, opened on first show. */
  expandPath?: Region[];
  width?: number | string;
  popupWidth?: number;
  className?: string;
  ariaLabel?: string;
  loading?: boolean;
  disabled?: boolean;
}

/**
 * The lazily loaded tree of the user's jurisdiction as TreeSelect props: the root, the children of
 * every opened node, and the path down to the current value opened on first show. Shared by the
 * single and the multiple region pickers.
 */
export function useRegionTree(root: Region | null, expandPath: Region[]) {
  const queryClient = useQueryClient();
  const [loadedParents, setLoadedParents] = useState<string[]>([]);
  const [expanded, setExpanded] = useState<string[]>([]);

  // Open the tree down to the current selection, e.g. after a reload or a click on the map.
  useEffect(() => {
    const parents = expandPath.slice(0, -1).map((r) => r.code);
    const withRoot = root ? [root.code, ...parents] : parents;
    setLoadedParents((current) => union(current, withRoot));
    setExpanded((current) => union(current, withRoot));
  }, [expandPath, root]);

  const children = useQueries({
    queries: loadedParents.map((parent) => regionsQuery(parent)),
    combine: (results) => results.map((result) => result.data),
  });

  const treeData = useMemo(() => {
    const byCode = new Map<string, RegionNode>();
    if (root) byCode.set(root.code, { ...toNode(root), pId: null });
    for (const list of children) for (const r of list ?? []) byCode.set(r.code, toNode(r));
    return [...byCode.values()];
  }, [root, children]);

  const loadedKeys = loadedParents.filter((_, i) => children[i] !== undefined);

  const loadChildren = async (code: string) => {
    await queryClient.fetchQuery(regionsQuery(code));
    setLoadedParents((current) => union(current, [code]));
  };

  return {
    treeDataSimpleMode: true,
    treeData,
    treeNodeLabelProp: 'name',
    loadData: (node: { value?: unknown }) => loadChildren(String(node.value)),
    treeLoadedKeys: loadedKeys,
    treeExpandedKeys: expanded,
    onTreeExpand: (keys: React.Key[]) => setExpanded(keys.map(String)),
    showSearch: { treeNodeFilterProp: 'name' },
    listHeight: 360,
  } as const;
}

/** Lazily loaded tree of the user's jurisdiction; the server never returns regions outside it. */
export function RegionTreeSelect({
  root,
  value,
  onChange,
  expandPath = NO_PATH,
  width = 240,
  popupWidth = 300,
  className,
  ariaLabel,
  loading = false,
  disabled = false,
}: RegionTreeSelectProps) {
  const { t } = useI18n();
  const tree = useRegionTree(root, expandPath);

  return (
    <TreeSelect<RegionOption, RegionNode>
      className={className}
      aria-label={ariaLabel ?? t('header.region')}
      prefix={<EnvironmentOutlined />}
      style={{ width }}
      popupMatchSelectWidth={popupWidth}
      placeholder={t('header.region.placeholder')}
      loading={loading}
      disabled={disabled}
      labelInValue
      value={value ?? undefined}
      onChange={(next) => {
        if (next) onChange?.(next);
      }}
      {...tree}
    />
  );
}
