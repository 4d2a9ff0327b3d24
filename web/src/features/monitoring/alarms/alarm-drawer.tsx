import type { AlarmDetail } from '@shouwang/contracts';
import { Button, Descriptions, Drawer, Grid, Skeleton, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { PhoneLink } from '../../../components/phone-link';
import { formatReadingTime } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useAlarm } from '../api/get-alarm';
import { AlarmStatusTag } from '../components/alarm-status-tag';
import { ConditionTag } from '../components/condition-tag';
import { closeReasonLabel, escalationTargetLabel } from '../labels';
import { AlarmActions } from './alarm-actions';
import { AlarmReading } from './alarm-reading';
import { AlarmTimeline } from './alarm-timeline';
import { EscalationCountdown } from './escalation-countdown';

interface AlarmDrawerProps {
  id: string | null;
  onClose: () => void;
  onOpenPoint: (id: string) => void;
}

/** An alarm's file: the reading, who was told, and everything done about it, with the actions still open. */
export function AlarmDrawer({ id, onClose, onOpenPoint }: AlarmDrawerProps) {
  const { t } = useI18n();
  const screens = Grid.useBreakpoint();
  const alarm = useAlarm(id);
  const a = alarm.data;
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size={screens.md ? 680 : '100%'}
      className="sw-mon-drawer sw-mon-alarm-drawer"
      title={
        a ? (
          <Space size={8} wrap>
            <span>{a.pointName}</span>
            <ConditionTag condition={a.condition} />
            <AlarmStatusTag status={a.status} />
          </Space>
        ) : (
          t('common.loading')
        )
      }
      destroyOnHidden
    >
      <ApiErrorAlert className="sw-mon-alert" error={alarm.error} />
      {!a && !alarm.error && <Skeleton active paragraph={{ rows: 10 }} />}
      {a && <AlarmFile alarm={a} onOpenPoint={onOpenPoint} />}
    </Drawer>
  );
}

function AlarmFile({ alarm: a, onOpenPoint }: { alarm: AlarmDetail; onOpenPoint: (id: string) => void }) {
  const { t, pick, language } = useI18n();
  const time = (iso: string | null) => (iso ? formatReadingTime(iso, language) : '—');
  return (
    <div className="sw-mon-stack" data-alarm-id={a.id} data-status={a.status}>
      <AlarmActions alarm={a} size="middle" />
      <Descriptions size="small" bordered column={{ xs: 1, sm: 2 }}>
        <Descriptions.Item label={t('monitoring.alarm.valueVsLimit')} span={2}>
          <AlarmReading alarm={a} />
        </Descriptions.Item>
        <Descriptions.Item label={t('monitoring.alarm.point')}>
          <Button type="link" className="sw-mon-link" onClick={() => onOpenPoint(a.pointId)}>
            {a.pointName}
          </Button>{' '}
          <span className="sw-code">{a.pointCode}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('monitoring.field.enterprise')}>
          {a.enterpriseId ? <Link to={`/enterprises?enterprise=${encodeURIComponent(a.enterpriseId)}`}>{a.enterpriseName}</Link> : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('monitoring.alarm.raisedAt')}>{time(a.raisedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('monitoring.alarm.clearedAt')}>{a.conditionClearedAt ? time(a.conditionClearedAt) : t('monitoring.alarm.stillActive')}</Descriptions.Item>
        <Descriptions.Item label={t('monitoring.alarm.acknowledged')}>{a.acknowledgedAt ? `${a.acknowledgedBy ?? ''} · ${time(a.acknowledgedAt)}` : '—'}</Descriptions.Item>
        <Descriptions.Item label={t('monitoring.alarm.closed')}>
          {a.closedAt ? `${a.closedBy ?? ''} · ${time(a.closedAt)}${a.closeReason ? ` · ${pick(closeReasonLabel(a.closeReason))}` : ''}` : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('monitoring.alarm.escalation')} span={2}>
          {a.escalatedTo.length === 0 ? (
            <span className="sw-muted">{t('monitoring.alarm.notEscalated')}</span>
          ) : (
            <ul className="sw-mon-escalated-list">
              {a.escalatedTo.map((e, i) => (
                <li key={i}>
                  {pick(escalationTargetLabel(e.target))} {e.name} <PhoneLink phone={e.phone} /> <span className="sw-muted">{time(e.at)}</span>
                </li>
              ))}
            </ul>
          )}
        </Descriptions.Item>
        {a.status !== 'closed' && (
          <Descriptions.Item label={t('monitoring.alarm.nextEscalation')} span={2}>
            <EscalationCountdown at={a.nextEscalationAt} />
          </Descriptions.Item>
        )}
      </Descriptions>
      <div>
        <Typography.Title level={5} className="sw-mon-section-title">
          {t('monitoring.alarm.timeline')}
        </Typography.Title>
        <AlarmTimeline alarmId={a.id} entries={a.entries} />
      </div>
    </div>
  );
}
