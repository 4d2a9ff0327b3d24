import { App, Button } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { formatReading } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useLiveEvent } from '../../live-events/live-events-context';
import { alarmQuery } from '../api/get-alarm';
import { CONDITION_SEVERITY, conditionLabel } from '../labels';
import { alarmIdOf, ALARM_RAISED } from './monitoring-events';

const TOAST_TYPE = { danger: 'error', warning: 'warning', offline: 'info', normal: 'info' } as const;

/**
 * A new alarm anywhere in the user's region pops up wherever he is, saying what and where, with a
 * button to its file. The event carries ids only, so the alarm is fetched first (and cached for the file).
 */
export function useAlarmNotifications(): void {
  const { t, pick, language } = useI18n();
  const { notification } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  useLiveEvent(ALARM_RAISED, (event) => {
    const id = alarmIdOf(event);
    if (!id) return;
    queryClient.fetchQuery(alarmQuery(id)).then(
      (alarm) => {
        const key = `alarm:${alarm.id}`;
        const threshold = alarm.threshold === null ? '' : ` / ${formatReading(alarm.threshold, language)}`;
        notification[TOAST_TYPE[CONDITION_SEVERITY[alarm.condition]]]({
          key,
          className: 'sw-mon-alarm-toast',
          title: t('monitoring.toast.title', { condition: pick(conditionLabel(alarm.condition)), point: alarm.pointName }),
          description: (
            <div>
              {(alarm.enterpriseName ?? alarm.assetName) && <div>{alarm.enterpriseName ?? alarm.assetName}</div>}
              <div>{t('monitoring.toast.reading', { value: `${formatReading(alarm.value, language)}${threshold} ${alarm.unit}` })}</div>
            </div>
          ),
          actions: (
            <Button
              size="small"
              type="primary"
              className="sw-mon-toast-open"
              onClick={() => {
                notification.destroy(key);
                void navigate(`/monitoring?tab=alarms&alarm=${encodeURIComponent(alarm.id)}`);
              }}
            >
              {t('monitoring.toast.open')}
            </Button>
          ),
          duration: 12,
          props: { 'data-testid': 'alarm-toast', 'data-alarm-id': alarm.id, role: 'alert' } as React.HTMLAttributes<HTMLDivElement>,
        });
      },
      // Outside the user's scope or gone already: nothing to show.
      () => undefined,
    );
  });
}
