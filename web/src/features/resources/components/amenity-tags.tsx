import { Tag } from 'antd';
import { useI18n } from '../../../lib/i18n';
import { amenityLabel, type AmenityValue } from '../labels';

export function AmenityTags({ amenities }: { amenities: readonly AmenityValue[] }) {
  const { pick } = useI18n();
  if (amenities.length === 0) return <span className="sw-res-muted">—</span>;
  return (
    <span className="sw-res-tags">
      {amenities.map((a) => (
        <Tag key={a} color="green" bordered={false} className="sw-res-tag">
          {pick(amenityLabel(a))}
        </Tag>
      ))}
    </span>
  );
}
