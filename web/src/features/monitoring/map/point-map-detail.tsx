import { CloseOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Skeleton } from 'antd';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { formatReadingTime } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { usePoint } from '../api/get-point';
import { PointStateTag } from '../components/point-state-tag';
import { PointValue } from '../components/point-value';
import { assetKindLabel } from '../labels';

/** The panel of a point clicked on the map: its reading and a way to its trend and alarms. */
export function PointMapDetail({ id, onClose }: { id: string; onClose: () => void }) {
  const { t, pick, language } = useI18n();
  const point = usePoint(id);
  const p = point.data;
  return (
    <Card
      size="small"
      className="sw-mon-map-panel"
      data-point-id={id}
      title={<span className="sw-mon-map-panel-title">{p?.name ?? t('common.loading')}</span>}
      extra={<Button type="text" size="small" icon={<CloseOutlined />} aria-label={t('monitoring.map.close')} onClick={onClose} />}
    >
      <ApiErrorAlert className="sw-mon-alert" error={point.error} />
      {!p && !point.error && <Skeleton active paragraph={{ rows: 3 }} />}
      {p && (
        <>
          <div className="sw-mon-map-reading">
            <PointValue value={p.value} unit={p.unit} state={p.state} className="sw-mon-value--large" />
            <PointStateTag state={p.state} />
          </div>
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={t('monitoring.field.assetKind')}>{pick(assetKindLabel(p.assetKind))}</Descriptions.Item>
            {p.enterpriseName && <Descriptions.Item label={t('monitoring.field.enterprise')}>{p.enterpriseName}</Descriptions.Item>}
            {(p.hazardSourceName ?? p.assetName) && <Descriptions.Item label={t('monitoring.field.asset')}>{p.hazardSourceName ?? p.assetName}</Descriptions.Item>}
            <Descriptions.Item label={t('monitoring.point.readingAt')}>{p.ts ? formatReadingTime(p.ts, language) : t('monitoring.board.neverReported')}</Descriptions.Item>
            <Descriptions.Item label={t('monitoring.board.openAlarmsLabel')}>{p.openAlarms}</Descriptions.Item>
          </Descriptions>
          <Link to={`/monitoring?tab=board&point=${encodeURIComponent(p.id)}`} className="sw-mon-more-link">
            {t('monitoring.map.openPoint')}
          </Link>
        </>
      )}
    </Card>
  );
}
