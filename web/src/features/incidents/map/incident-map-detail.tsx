import { CloseOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Skeleton, Space } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { formatDateTime } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { dispatchesQuery } from '../api/dispatch';
import { useIncident } from '../api/get-incident';
import { FiguresLine } from '../components/figures-line';
import { GradeTag } from '../components/grade-tag';
import { ReportClockTag } from '../components/report-clock-tag';
import { ResponseLevelTag } from '../components/response-level-tag';
import { IncidentStatusTag } from '../components/status-tag';

/** The panel of an incident clicked on the map: grade, status, the clock, who was sent, and a way to its file. */
export function IncidentMapDetail({ id, onClose }: { id: string; onClose: () => void }) {
  const { t, language } = useI18n();
  const incident = useIncident(id);
  const dispatches = useQuery(dispatchesQuery(id));
  const i = incident.data;
  const sent = [...(dispatches.data?.teams ?? []).map((d) => `${d.team.name}（${t(`incidents.dispatch.status.${d.status}`)}）`), ...(dispatches.data?.supplies ?? []).map((d) => `${d.item.name} ${d.quantity}${d.item.unit}`)];
  return (
    <Card
      size="small"
      className="sw-inc-map-panel"
      data-incident-id={id}
      title={i?.title ?? t('common.loading')}
      extra={<Button type="text" size="small" icon={<CloseOutlined />} aria-label={t('incidents.map.close')} onClick={onClose} />}
    >
      <ApiErrorAlert className="sw-inc-alert" error={incident.error} />
      {!i && !incident.error && <Skeleton active paragraph={{ rows: 3 }} />}
      {i && (
        <>
          <Space size={4} wrap>
            <GradeTag grade={i.grade} />
            <IncidentStatusTag status={i.status} />
            <ResponseLevelTag level={i.responseLevel} />
          </Space>
          <Descriptions size="small" column={1} className="sw-inc-map-facts">
            <Descriptions.Item label={t('incidents.field.type')}>{i.type.name}</Descriptions.Item>
            <Descriptions.Item label={t('incidents.field.occurredAt')}>{formatDateTime(i.occurredAt, language)}</Descriptions.Item>
            <Descriptions.Item label={t('incidents.field.figures')}>
              <FiguresLine figures={i.figures} />
            </Descriptions.Item>
            {i.status !== 'closed' && (
              <Descriptions.Item label={t('incidents.field.clock')}>
                <ReportClockTag clock={i.reportClock} />
              </Descriptions.Item>
            )}
            <Descriptions.Item label={t('incidents.map.sent')}>{sent.length ? sent.join('、') : '—'}</Descriptions.Item>
          </Descriptions>
          <Link to={`/incidents?incident=${encodeURIComponent(i.id)}`} className="sw-inc-map-open">
            {t('incidents.map.open')}
          </Link>
        </>
      )}
    </Card>
  );
}
