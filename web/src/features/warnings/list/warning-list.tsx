import { EnvironmentOutlined } from '@ant-design/icons';
import type { Warning, WarningLevel, WarningSource, WarningStatus } from '@shouwang/contracts';
import { Button, Grid, Select, Table, Tag, Tooltip, type TableColumnsType } from 'antd';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { formatDateTime } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { RegionName } from '../../regions/components/region-name';
import { useWarnings } from '../api/list-warnings';
import { WarningLevelTag } from '../components/level-tag';
import { WarningStatusTag } from '../components/status-tag';
import { TargetAreas } from '../components/target-areas';
import { warningTypeName } from '../components/type-name';
import { WarningActions } from '../components/warning-actions';
import { LEVELS, levelColour, levelKey, sourceKey, statusKey, WARNING_SOURCES, WARNING_STATUSES } from '../labels';
import { useWarningList } from './use-warning-list';

export interface WarningListProps {
  onOpen: (id: string) => void;
  onEdit: (warning: Warning) => void;
  onRevise: (warning: Warning) => void;
}

/** 预警列表: warnings issued in the header's region, newest first, filtered by status, level and source. */
export function WarningList({ onOpen, onEdit, onRevise }: WarningListProps) {
  const { t, language } = useI18n();
  const screens = Grid.useBreakpoint();
  const list = useWarningList();
  const warnings = useWarnings(list.params, list.region !== null);

  const columns: TableColumnsType<Warning> = [
    { title: t('warnings.field.level'), key: 'level', width: 100, render: (_, w) => <WarningLevelTag level={w.level} /> },
    {
      title: t('warnings.field.headline'),
      key: 'headline',
      width: 260,
      render: (_, w) => (
        <div className="sw-warn-headline-cell">
          <Button type="link" className="sw-warn-link sw-warn-open" onClick={() => onOpen(w.id)} aria-label={t('warnings.list.open', { headline: w.headline })}>
            {w.headline}
          </Button>
          <div className="sw-warn-small sw-muted">
            {warningTypeName(w.type, language)}
            {' · '}
            <span className="sw-warn-version" data-version={w.version}>
              v{w.version}
            </span>
            {w.cap.msgType !== 'Alert' && ` · ${t(`warnings.cap.msgType.${w.cap.msgType}`)}`}
            {/* On a phone the status column is off screen: say it here too. */}
            {!screens.md && (
              <>
                {' '}
                <WarningStatusTag status={w.status} />
              </>
            )}
          </div>
        </div>
      ),
    },
    { title: t('warnings.field.status'), key: 'status', width: 110, render: (_, w) => <WarningStatusTag status={w.status} /> },
    { title: t('warnings.field.targets'), key: 'targets', width: 180, render: (_, w) => <TargetAreas areas={w.areas} max={3} /> },
    { title: t('warnings.field.region'), key: 'region', width: 100, render: (_, w) => <RegionName code={w.regionCode} /> },
    {
      // When it was published (else drafted), and who drafted it.
      title: t('warnings.field.time'),
      key: 'time',
      width: 150,
      render: (_, w) => (
        <div className="sw-warn-small">
          <time dateTime={w.publishedAt ?? w.createdAt}>
            {t(w.publishedAt ? 'warnings.list.publishedAt' : 'warnings.list.draftedAt', { time: formatDateTime(w.publishedAt ?? w.createdAt, language) })}
          </time>
          <div className="sw-muted">{w.author?.name ?? t('warnings.common.none')}</div>
        </div>
      ),
    },
    // Pinned on wide screens so the buttons never scroll away; on a phone it would cover the headline.
    {
      title: t('warnings.field.actions'),
      key: 'actions',
      width: 190,
      fixed: screens.md ? 'right' : undefined,
      render: (_, w) => <WarningActions warning={w} onEdit={onEdit} onRevise={onRevise} onOpen={onOpen} />,
    },
  ];

  return (
    <div className="sw-warn-list">
      <div className="sw-warn-toolbar">
        {list.region && (
          <Tooltip title={t('warnings.list.regionHint')}>
            <Tag icon={<EnvironmentOutlined />} color="blue" className="sw-warn-region-tag" data-region-code={list.region.code}>
              {list.region.name}
            </Tag>
          </Tooltip>
        )}
        <Select<WarningStatus>
          className="sw-warn-filter-status"
          style={{ width: 150 }}
          allowClear
          placeholder={t('warnings.list.allStatuses')}
          aria-label={t('warnings.field.status')}
          value={list.filters.status ?? null}
          onChange={(status) => list.filter({ status: status ?? undefined })}
          options={WARNING_STATUSES.map((value) => ({ value, label: t(statusKey(value)) }))}
          popupMatchSelectWidth={false}
        />
        <Select<WarningLevel>
          className="sw-warn-filter-level"
          style={{ width: 130 }}
          allowClear
          placeholder={t('warnings.list.allLevels')}
          aria-label={t('warnings.field.level')}
          value={list.filters.level ?? null}
          onChange={(level) => list.filter({ level: level ?? undefined })}
          options={LEVELS.map((value) => ({
            value,
            label: (
              <span className="sw-warn-level-option">
                <span className="sw-warn-dot" style={{ background: levelColour(value).fill }} />
                {t('warnings.level.signal', { colour: t(levelKey(value)) })}
              </span>
            ),
          }))}
          popupMatchSelectWidth={false}
        />
        <Select<WarningSource>
          className="sw-warn-filter-source"
          style={{ width: 140 }}
          allowClear
          placeholder={t('warnings.list.allSources')}
          aria-label={t('warnings.field.source')}
          value={list.filters.source ?? null}
          onChange={(source) => list.filter({ source: source ?? undefined })}
          options={WARNING_SOURCES.map((value) => ({ value, label: t(sourceKey(value)) }))}
          popupMatchSelectWidth={false}
        />
        {list.filtered && (
          <Button type="link" onClick={list.clear} className="sw-warn-reset">
            {t('warnings.list.reset')}
          </Button>
        )}
      </div>
      <ApiErrorAlert className="sw-warn-alert" error={warnings.error} />
      <Table<Warning>
        className="sw-warn-table"
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={warnings.data?.items ?? []}
        loading={warnings.isFetching && !warnings.data}
        scroll={{ x: 'max-content' }}
        rowClassName={(w) => `sw-warn-row sw-warn-row--${w.status}`}
        onRow={(w) => ({ 'data-warning-id': w.id, 'data-status': w.status, 'data-level': w.level ?? 'none', onDoubleClick: () => onOpen(w.id) }) as React.HTMLAttributes<HTMLElement>}
        locale={{ emptyText: t('warnings.list.empty') }}
        pagination={{
          current: list.page,
          pageSize: list.pageSize,
          total: warnings.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => t('warnings.common.total', { total }),
          onChange: list.setPage,
          size: 'small',
        }}
      />
    </div>
  );
}
