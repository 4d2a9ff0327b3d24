import { List, Typography } from 'antd';
import { formatReadingTime } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useAlarms } from '../api/list-alarms';
import { AlarmStatusTag } from '../components/alarm-status-tag';
import { ConditionTag } from '../components/condition-tag';

const SHOWN = 5;

/** The point's last few alarms, open or closed, each opening its file. */
export function PointRecentAlarms({ pointId, onOpenAlarm }: { pointId: string; onOpenAlarm: (id: string) => void }) {
  const { t, language } = useI18n();
  const alarms = useAlarms({ pointId, limit: SHOWN, offset: 0 });
  const items = alarms.data?.items ?? [];
  return (
    <div className="sw-mon-point-alarms">
      <Typography.Title level={5} className="sw-mon-section-title">
        {t('monitoring.point.recentAlarms', { total: alarms.data?.total ?? 0 })}
      </Typography.Title>
      <List
        size="small"
        loading={alarms.isLoading}
        dataSource={items}
        locale={{ emptyText: t('monitoring.point.noAlarms') }}
        renderItem={(alarm) => (
          <List.Item
            className="sw-mon-point-alarm"
            data-alarm-id={alarm.id}
            actions={[
              <Typography.Link key="open" onClick={() => onOpenAlarm(alarm.id)}>
                {t('monitoring.alarm.details')}
              </Typography.Link>,
            ]}
          >
            <span className="sw-mon-inline">
              <ConditionTag condition={alarm.condition} />
              <AlarmStatusTag status={alarm.status} />
              <span>{formatReadingTime(alarm.raisedAt, language)}</span>
            </span>
          </List.Item>
        )}
      />
    </div>
  );
}
