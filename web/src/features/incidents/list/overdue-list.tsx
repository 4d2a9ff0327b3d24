import { Alert, Button, Space, Switch, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useI18n } from '../../../lib/i18n';
import { RegionName } from '../../regions/components/region-name';
import { useSelectedRegion } from '../../regions/selected-region-context';
import { useOverdueReports, type OverdueItem } from '../api/list-overdue';
import { GradeTag } from '../components/grade-tag';
import { ReportClockTag } from '../components/report-clock-tag';

/** 超时未报: open incidents with a report past its deadline, most overdue first; amber ones on request. */
export function OverdueList({ onOpen }: { onOpen: (id: string) => void }) {
  const { t } = useI18n();
  const { region } = useSelectedRegion();
  const [includeAmber, setIncludeAmber] = useState(false);
  const overdue = useOverdueReports(region?.code, includeAmber);

  const columns: TableColumnsType<OverdueItem> = [
    { title: t('incidents.field.grade'), key: 'grade', width: 96, render: (_, o) => <GradeTag grade={o.incident.grade} /> },
    {
      title: t('incidents.field.title'),
      key: 'title',
      width: 280,
      render: (_, o) => (
        <Button type="link" className="sw-inc-link sw-inc-open" onClick={() => onOpen(o.incident.id)}>
          {o.incident.title}
        </Button>
      ),
    },
    {
      title: t('incidents.overdue.clocks'),
      key: 'clocks',
      width: 280,
      render: (_, o) => (
        <Space orientation="vertical" size={4}>
          {o.clocks.map((c) => (
            <ReportClockTag key={`${c.kind}-${c.seq}`} clock={c} />
          ))}
        </Space>
      ),
    },
    { title: t('incidents.field.region'), key: 'region', width: 110, render: (_, o) => <RegionName code={o.incident.regionCode} /> },
  ];

  return (
    <div className="sw-inc-overdue">
      <div className="sw-inc-toolbar">
        <label className="sw-inc-inline">
          <Switch size="small" checked={includeAmber} onChange={setIncludeAmber} className="sw-inc-include-amber" />
          {t('incidents.overdue.includeAmber')}
        </label>
      </div>
      <Alert type="info" showIcon className="sw-inc-alert" title={t('incidents.overdue.hint')} />
      <ApiErrorAlert className="sw-inc-alert" error={overdue.error} />
      <Table<OverdueItem>
        className="sw-inc-overdue-table"
        rowKey={(o) => o.incident.id}
        size="middle"
        columns={columns}
        dataSource={overdue.data?.items ?? []}
        loading={overdue.isFetching && !overdue.data}
        scroll={{ x: 'max-content' }}
        onRow={(o) => ({ 'data-incident-id': o.incident.id }) as React.HTMLAttributes<HTMLElement>}
        locale={{ emptyText: t('incidents.overdue.empty') }}
        pagination={false}
      />
    </div>
  );
}
