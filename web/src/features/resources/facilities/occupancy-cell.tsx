import type { Facility } from '@shouwang/contracts';
import { Progress, Typography } from 'antd';
import { useI18n } from '../../../lib/i18n';
import { formatNumber } from '../../../lib/format';
import { freePlaces, occupancyPercent } from './occupancy';

/** Sheltered / capacity with a bar; facilities without a capacity show a dash. */
export function OccupancyCell({ facility }: { facility: Facility }) {
  const { t, language } = useI18n();
  if (facility.capacity === null) return <span className="sw-res-muted">—</span>;
  const percent = occupancyPercent(facility);
  return (
    <div className="sw-res-occupancy-cell">
      <Typography.Text>
        {formatNumber(facility.occupancy, language)} / {formatNumber(facility.capacity, language)}
      </Typography.Text>
      <Progress percent={percent} size="small" showInfo={false} status={percent >= 90 ? 'exception' : 'normal'} />
      <Typography.Text type="secondary" className="sw-res-small">
        {t('resources.facility.free', { count: formatNumber(freePlaces(facility), language) })}
      </Typography.Text>
    </div>
  );
}
