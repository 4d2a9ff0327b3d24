import { EnvironmentOutlined } from '@ant-design/icons';
import type { AssetKind } from '@shouwang/contracts';
import { Alert, Empty, Input, Segmented, Select, Skeleton, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useI18n } from '../../../lib/i18n';
import { useSelectedRegion } from '../../regions/selected-region-context';
import { useSparklines } from '../api/get-sparklines';
import { MAX_PAGE, usePoints, type PointStateFilter } from '../api/list-points';
import { ASSET_KINDS, assetKindLabel } from '../labels';
import { BoardSummary } from './board-summary';
import { groupPoints } from './board-groups';
import { PointGroupCard } from './point-group-card';

type StateChoice = PointStateFilter | 'all';

/**
 * 实时监测: every point of the header's region on one screen, worst first. The list and the sparklines
 * are refetched when readings arrive (see use-monitoring-cache-refresh), so nobody has to reload.
 */
export function MonitoringBoard({ onOpenPoint }: { onOpenPoint: (id: string) => void }) {
  const { t, pick } = useI18n();
  const { region } = useSelectedRegion();
  const [assetKind, setAssetKind] = useState<AssetKind | undefined>();
  const [state, setState] = useState<StateChoice>('all');
  const [search, setSearch] = useState('');
  const [q, setQ] = useState<string | undefined>();
  const points = usePoints(
    { regionCode: region?.code, assetKind, state: state === 'all' ? undefined : state, q, limit: MAX_PAGE, offset: 0 },
    region !== null,
  );
  const items = useMemo(() => points.data?.items ?? [], [points.data]);
  const ids = useMemo(() => items.map((p) => p.id), [items]);
  const sparklines = useSparklines(ids);
  const groups = useMemo(() => groupPoints(items), [items]);

  return (
    <div className="sw-mon-board" data-loading={points.isFetching ? 'true' : 'false'}>
      <div className="sw-mon-toolbar">
        {region && (
          <Tag icon={<EnvironmentOutlined />} color="blue" className="sw-mon-region-tag" data-region-code={region.code}>
            {region.name}
          </Tag>
        )}
        <Input.Search
          className="sw-mon-search"
          placeholder={t('monitoring.board.search')}
          aria-label={t('monitoring.board.search')}
          allowClear
          maxLength={50}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onSearch={(value) => setQ(value.trim() || undefined)}
        />
        <Select<AssetKind>
          className="sw-mon-filter-asset"
          style={{ width: 150 }}
          allowClear
          placeholder={t('monitoring.board.allAssetKinds')}
          aria-label={t('monitoring.field.assetKind')}
          value={assetKind ?? null}
          onChange={(next) => setAssetKind(next ?? undefined)}
          options={ASSET_KINDS.map((value) => ({ value, label: pick(assetKindLabel(value)) }))}
          popupMatchSelectWidth={false}
        />
        <Segmented<StateChoice>
          className="sw-mon-filter-state"
          value={state}
          onChange={setState}
          options={[
            { value: 'all', label: t('monitoring.board.state.all') },
            { value: 'alarm', label: t('monitoring.board.state.alarm') },
            { value: 'offline', label: t('monitoring.board.state.offline') },
            { value: 'normal', label: t('monitoring.board.state.normal') },
          ]}
        />
      </div>
      <ApiErrorAlert className="sw-mon-alert" error={points.error} />
      {points.data && <BoardSummary points={items} total={points.data.total} />}
      {points.data && points.data.total > items.length && (
        <Alert type="info" showIcon className="sw-mon-alert" title={t('monitoring.board.truncated', { shown: items.length, total: points.data.total })} />
      )}
      {!points.data && !points.error && <Skeleton active paragraph={{ rows: 6 }} />}
      {points.data && groups.length === 0 && <Empty description={t('monitoring.board.empty')} />}
      <div className="sw-mon-groups">
        {groups.map((group) => (
          <PointGroupCard key={group.key} group={group} sparklines={sparklines.data} onOpen={onOpenPoint} />
        ))}
      </div>
    </div>
  );
}
