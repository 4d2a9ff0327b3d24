import { BellFilled } from '@ant-design/icons';
import { Badge, Tooltip } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../../../../lib/i18n';
import { useOpenCalloutCount } from '../api/callout-queries';
import { useMyCalloutsLive } from '../use-callout-live';
import './my-callouts-badge.css';

/** A new call-out is pushed by name; an SMS reply of the user's own is caught by this slower check. */
const BADGE_REFETCH_MS = 60_000;

/** In the header of every page while a warning waits for the user's 收到 or 反馈. */
export function MyCalloutsBadge({ compact }: { compact: boolean }) {
  const { t } = useI18n();
  const count = useOpenCalloutCount(useMyCalloutsLive(false, BADGE_REFETCH_MS)).data ?? 0;
  if (count === 0) return null;
  const label = t('callouts.badge', { count });
  return (
    <Tooltip title={label}>
      <Link to="/warnings/mine" className="sw-callout-badge" aria-label={label} data-count={count}>
        <Badge count={count} size="small" offset={[4, -2]}>
          <BellFilled className="sw-callout-badge-icon" />
        </Badge>
        {!compact && <span className="sw-callout-badge-text">{t('callouts.badge.short')}</span>}
      </Link>
    </Tooltip>
  );
}
