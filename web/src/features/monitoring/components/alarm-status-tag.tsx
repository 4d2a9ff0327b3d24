import type { AlarmStatus } from '@shouwang/contracts';
import { Tag } from 'antd';
import { useI18n } from '../../../lib/i18n';
import { ALARM_STATUS_TAG, alarmStatusLabel } from '../labels';

export function AlarmStatusTag({ status }: { status: AlarmStatus }) {
  const { pick } = useI18n();
  return (
    <Tag color={ALARM_STATUS_TAG[status]} className="sw-mon-alarm-status" data-status={status}>
      {pick(alarmStatusLabel(status))}
    </Tag>
  );
}
