import { EnvironmentOutlined } from '@ant-design/icons';
import type { Incident, IncidentCategory, IncidentGrade } from '@shouwang/contracts';
import { Button, Grid, Input, Segmented, Select, Table, Tag, Tooltip, type TableColumnsType } from 'antd';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { formatDateTime } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useRegionList } from '../../../lib/use-region-list';
import { RegionName } from '../../regions/components/region-name';
import { useIncidents, type IncidentFilters, type IncidentStatusFilter } from '../api/list-incidents';
import { FiguresLine } from '../components/figures-line';
import { GradeTag } from '../components/grade-tag';
import { ReportClockTag } from '../components/report-clock-tag';
import { ResponseLevelTag } from '../components/response-level-tag';
import { IncidentStatusTag } from '../components/status-tag';
import { CATEGORIES, categoryKey, GRADES, gradeColour, gradeKey } from '../labels';

const STATUS_CHOICES: IncidentStatusFilter[] = ['open', 'active', 'ended', 'closed'];

/**
 * 事件列表: incidents in the header's region (its whole subtree), open ones first, each with its most
 * urgent report clock; filtered by status, category, grade and a search on title or place.
 */
export function IncidentList({ onOpen }: { onOpen: (id: string) => void }) {
  const { t, language } = useI18n();
  const screens = Grid.useBreakpoint();
  const list = useRegionList<IncidentFilters>();
  const status = list.filters.status ?? 'open';
  const incidents = useIncidents({ ...list.params, status, q: list.search || undefined }, list.region !== null);

  const columns: TableColumnsType<Incident> = [
    { title: t('incidents.field.grade'), key: 'grade', width: 96, render: (_, i) => <GradeTag grade={i.grade} /> },
    {
      title: t('incidents.field.title'),
      key: 'title',
      width: 300,
      render: (_, i) => (
        <div className="sw-inc-title-cell">
          <Button type="link" className="sw-inc-link sw-inc-open" onClick={() => onOpen(i.id)}>
            {i.title}
          </Button>
          <div className="sw-inc-small sw-muted">
            {t(categoryKey(i.category))} · {i.type.name}
            {!screens.md && (
              <>
                {' '}
                <IncidentStatusTag status={i.status} />
              </>
            )}
          </div>
          <div className="sw-inc-small">
            <FiguresLine figures={i.figures} />
          </div>
        </div>
      ),
    },
    {
      title: t('incidents.field.status'),
      key: 'status',
      width: 120,
      render: (_, i) => (
        <span className="sw-inc-inline">
          <IncidentStatusTag status={i.status} />
          <ResponseLevelTag level={i.responseLevel} />
        </span>
      ),
    },
    { title: t('incidents.field.clock'), key: 'clock', width: 190, render: (_, i) => (i.status === 'closed' ? <span className="sw-muted">—</span> : <ReportClockTag clock={i.reportClock} />) },
    { title: t('incidents.field.occurredAt'), key: 'occurredAt', width: 140, render: (_, i) => <time dateTime={i.occurredAt}>{formatDateTime(i.occurredAt, language)}</time> },
    { title: t('incidents.field.region'), key: 'region', width: 110, render: (_, i) => <RegionName code={i.regionCode} /> },
  ];

  return (
    <div className="sw-inc-list">
      <div className="sw-inc-toolbar">
        {list.region && (
          <Tooltip title={t('incidents.list.regionHint')}>
            <Tag icon={<EnvironmentOutlined />} color="blue" className="sw-inc-region-tag" data-region-code={list.region.code}>
              {list.region.name}
            </Tag>
          </Tooltip>
        )}
        <Segmented<IncidentStatusFilter>
          className="sw-inc-filter-status"
          value={status}
          onChange={(next) => list.filter({ status: next === 'open' ? undefined : next })}
          options={STATUS_CHOICES.map((value) => ({ value, label: t(`incidents.list.status.${value}`) }))}
        />
        <Select<IncidentCategory>
          className="sw-inc-filter-category"
          style={{ width: 130 }}
          allowClear
          placeholder={t('incidents.list.allCategories')}
          aria-label={t('incidents.field.category')}
          value={list.filters.category ?? null}
          onChange={(category) => list.filter({ category: category ?? undefined })}
          options={CATEGORIES.map((value) => ({ value, label: t(categoryKey(value)) }))}
          popupMatchSelectWidth={false}
        />
        <Select<IncidentGrade>
          className="sw-inc-filter-grade"
          style={{ width: 120 }}
          allowClear
          placeholder={t('incidents.list.allGrades')}
          aria-label={t('incidents.field.grade')}
          value={list.filters.grade ?? null}
          onChange={(grade) => list.filter({ grade: grade ?? undefined })}
          options={GRADES.map((value) => ({
            value,
            label: (
              <span className="sw-inc-grade-option">
                <span className="sw-inc-dot" style={{ background: gradeColour(value).fill }} />
                {t(gradeKey(value))}
              </span>
            ),
          }))}
          popupMatchSelectWidth={false}
        />
        <Input.Search
          className="sw-inc-search"
          style={{ width: 200 }}
          allowClear
          placeholder={t('incidents.list.search')}
          defaultValue={list.search}
          onSearch={(q) => {
            list.setSearch(q.trim());
            list.setPage(1);
          }}
        />
        {(list.filtered || list.search) && (
          <Button type="link" onClick={list.clear} className="sw-inc-reset">
            {t('incidents.list.reset')}
          </Button>
        )}
      </div>
      <ApiErrorAlert className="sw-inc-alert" error={incidents.error} />
      <Table<Incident>
        className="sw-inc-table"
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={incidents.data?.items ?? []}
        loading={incidents.isFetching && !incidents.data}
        scroll={{ x: 'max-content' }}
        rowClassName={(i) => `sw-inc-row sw-inc-row--${i.status}`}
        onRow={(i) => ({ 'data-incident-id': i.id, 'data-status': i.status, 'data-grade': i.grade ?? 'none', onDoubleClick: () => onOpen(i.id) }) as React.HTMLAttributes<HTMLElement>}
        locale={{ emptyText: t('incidents.list.empty') }}
        pagination={{
          current: list.page,
          pageSize: list.pageSize,
          total: incidents.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => t(incidents.data?.totalIsLowerBound ? 'incidents.common.totalMore' : 'incidents.common.total', { total }),
          onChange: list.setPage,
          size: 'small',
        }}
      />
    </div>
  );
}
