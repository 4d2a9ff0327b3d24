import { Badge, Tooltip } from 'antd';
import { useI18n } from '../../lib/i18n';
import { useLiveEventsStatus } from './live-events-context';

const BADGE_STATUS = { open: 'success', connecting: 'processing', closed: 'error' } as const;

export function LiveStatusBadge() {
  const { t } = useI18n();
  const status = useLiveEventsStatus();
  const label = t(`live.status.${status}`);
  return (
    <Tooltip title={label}>
      <span className="sw-live-status" data-live-status={status} role="status" aria-label={label}>
        <Badge status={BADGE_STATUS[status]} />
      </span>
    </Tooltip>
  );
}
