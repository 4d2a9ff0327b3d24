import type { Team } from '@shouwang/contracts';
import { Typography } from 'antd';
import { useI18n } from '../../../lib/i18n';
import { formatNumber } from '../../../lib/format';

/** Equipment lines as "name × quantity unit"; the first `limit` and a count of the rest. */
export function TeamEquipmentList({ equipment, limit }: { equipment: Team['equipment']; limit?: number }) {
  const { t, language } = useI18n();
  if (equipment.length === 0) return <span className="sw-res-muted">{t('resources.team.noEquipment')}</span>;
  const shown = limit ? equipment.slice(0, limit) : equipment;
  return (
    <div className="sw-res-equipment">
      {shown.map((e) => (
        <span key={e.name} className="sw-res-equipment-item">
          {e.name}
          <Typography.Text type="secondary">
            {' '}
            × {formatNumber(e.quantity, language)} {e.unit}
          </Typography.Text>
        </span>
      ))}
      {limit && equipment.length > limit && (
        <Typography.Text type="secondary">{t('resources.team.moreEquipment', { count: equipment.length - limit })}</Typography.Text>
      )}
    </div>
  );
}
