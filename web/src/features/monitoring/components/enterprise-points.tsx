import '../monitoring.css';
import type { MonitoringPoint } from '@shouwang/contracts';
import { Table, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { formatReadingTime } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { MAX_PAGE, usePoints } from '../api/list-points';
import { quantityLabel } from '../labels';
import { PointStateTag } from './point-state-tag';
import { PointValue } from './point-value';

/** An enterprise's monitoring points with their current values; each opens on the monitoring board. */
export function EnterprisePoints({ enterpriseId }: { enterpriseId: string }) {
  const { t, pick, language } = useI18n();
  const points = usePoints({ enterpriseId, limit: MAX_PAGE, offset: 0 });
  const columns: TableColumnsType<MonitoringPoint> = [
    {
      title: t('monitoring.field.point'),
      key: 'name',
      render: (_, p) => <Link to={`/monitoring?tab=board&point=${encodeURIComponent(p.id)}`}>{p.name}</Link>,
    },
    { title: t('monitoring.field.hazardSource'), key: 'source', render: (_, p) => p.hazardSourceName ?? p.assetName },
    { title: t('monitoring.field.quantity'), key: 'quantity', render: (_, p) => pick(quantityLabel(p.quantity)) },
    { title: t('monitoring.point.current'), key: 'value', align: 'right', render: (_, p) => <PointValue value={p.value} unit={p.unit} state={p.state} /> },
    { title: t('monitoring.field.state'), key: 'state', render: (_, p) => <PointStateTag state={p.state} /> },
    { title: t('monitoring.point.readingAt'), key: 'ts', render: (_, p) => (p.ts ? formatReadingTime(p.ts, language) : '—') },
  ];
  return (
    <>
      <ApiErrorAlert className="sw-mon-alert" error={points.error} />
      <Table<MonitoringPoint>
        className="sw-mon-enterprise-points"
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={points.data?.items ?? []}
        loading={points.isLoading}
        pagination={false}
        scroll={{ x: 'max-content' }}
        onRow={(p) => ({ 'data-point-id': p.id, 'data-state': p.state }) as React.HTMLAttributes<HTMLElement>}
        locale={{ emptyText: t('monitoring.enterprise.noPoints') }}
      />
    </>
  );
}
