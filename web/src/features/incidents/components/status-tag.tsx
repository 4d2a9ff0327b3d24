import type { IncidentStatus } from '@shouwang/contracts';
import { Tag } from 'antd';
import { useI18n } from '../../../lib/i18n';
import { STATUS_TAG, statusKey } from '../labels';

export function IncidentStatusTag({ status }: { status: IncidentStatus }) {
  const { t } = useI18n();
  return (
    <Tag color={STATUS_TAG[status]} className="sw-inc-status" data-status={status}>
      {t(statusKey(status))}
    </Tag>
  );
}
