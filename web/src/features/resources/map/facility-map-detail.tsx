import { Descriptions, Progress, Skeleton, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useI18n } from '../../../lib/i18n';
import { useFacility } from '../api/get-facility';
import { AmenityTags } from '../components/amenity-tags';
import { formatNumber } from '../../../lib/format';
import { PhoneLink } from '../../../components/phone-link';
import { RegionName } from '../../regions/components/region-name';
import { facilityKindLabel, forceLevelLabel, shelterClassLabel } from '../labels';
import { occupancyPercent } from '../facilities/occupancy';

export function FacilityMapDetail({ id }: { id: string }) {
  const { t, pick, language } = useI18n();
  const facility = useFacility(id);
  if (facility.error) return <ApiErrorAlert className="sw-res-alert" error={facility.error} />;
  if (!facility.data) return <Skeleton active paragraph={{ rows: 5 }} />;
  const f = facility.data;
  return (
    <div className="sw-res-detail" data-facility-id={f.id}>
      <Space size={[4, 4]} wrap className="sw-res-detail-tags">
        <Tag color="green">{pick(facilityKindLabel(f.kind))}</Tag>
        {f.shelterClass && <Tag>{pick(shelterClassLabel(f.shelterClass))}</Tag>}
        <Tag>{pick(forceLevelLabel(f.level))}</Tag>
      </Space>
      {f.capacity !== null && (
        <div className="sw-res-occupancy">
          <Typography.Text type="secondary">
            {t('resources.facility.occupancyOf', {
              occupancy: formatNumber(f.occupancy, language),
              capacity: formatNumber(f.capacity, language),
            })}
          </Typography.Text>
          <Progress percent={occupancyPercent(f)} size="small" status={occupancyPercent(f) >= 90 ? 'exception' : 'normal'} />
        </div>
      )}
      <Descriptions size="small" column={1} className="sw-res-descriptions">
        <Descriptions.Item label={t('resources.field.manager')}>
          <span className="sw-res-contact">
            {f.manager}
            <PhoneLink phone={f.phone} />
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('resources.field.region')}>
          <RegionName code={f.regionCode} />
        </Descriptions.Item>
        <Descriptions.Item label={t('resources.field.address')}>{f.address}</Descriptions.Item>
        {f.areaM2 !== null && (
          <Descriptions.Item label={t('resources.facility.area')}>{formatNumber(f.areaM2, language)} m²</Descriptions.Item>
        )}
        <Descriptions.Item label={t('resources.facility.amenities')}>
          <AmenityTags amenities={f.amenities} />
        </Descriptions.Item>
        {f.notes && <Descriptions.Item label={t('resources.field.notes')}>{f.notes}</Descriptions.Item>}
      </Descriptions>
      <Link to={`/resources?tab=facilities&facility=${encodeURIComponent(f.id)}`} className="sw-res-more-link">
        {t('resources.map.openInRegistry')}
      </Link>
    </div>
  );
}
