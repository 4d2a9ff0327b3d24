import { EditOutlined } from '@ant-design/icons';
import type { Facility } from '@shouwang/contracts';
import { Button, Descriptions, Drawer, Grid, Skeleton, Space, Tag, Typography } from 'antd';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useI18n } from '../../../lib/i18n';
import { useHasPermission } from '../../auth/use-current-user';
import { useFacility } from '../api/get-facility';
import { AmenityTags } from '../components/amenity-tags';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { PhoneLink } from '../../../components/phone-link';
import { RegionName } from '../../regions/components/region-name';
import { facilityKindLabel, forceLevelLabel, shelterClassLabel } from '../labels';
import { OccupancyCell } from './occupancy-cell';
import { OccupancyForm } from './occupancy-form';

interface FacilityDrawerProps {
  id: string | null;
  onClose: () => void;
  /** Given to users who may edit the facility (resource.manage). */
  onEdit?: (facility: Facility) => void;
}

export function FacilityDrawer({ id, onClose, onEdit }: FacilityDrawerProps) {
  const { t, pick, language } = useI18n();
  const screens = Grid.useBreakpoint();
  const canManage = useHasPermission('resource.manage');
  const facility = useFacility(id);
  const f = facility.data;
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size={screens.md ? 640 : '100%'}
      className="sw-res-drawer sw-res-facility-drawer"
      title={f ? f.name : t('common.loading')}
      extra={
        f && onEdit ? (
          <Button icon={<EditOutlined />} onClick={() => onEdit(f)} className="sw-res-edit">
            {t('resources.form.edit')}
          </Button>
        ) : undefined
      }
      destroyOnHidden
    >
      <ApiErrorAlert className="sw-res-alert" error={facility.error} />
      {!f && !facility.error && <Skeleton active paragraph={{ rows: 8 }} />}
      {f && (
        <div className="sw-res-stack">
          <Space size={[4, 4]} wrap>
            <Tag color="green">{pick(facilityKindLabel(f.kind))}</Tag>
            {f.shelterClass && <Tag>{pick(shelterClassLabel(f.shelterClass))}</Tag>}
            <Tag>{pick(forceLevelLabel(f.level))}</Tag>
          </Space>
          <Descriptions size="small" bordered column={{ xs: 1, sm: 2 }}>
            <Descriptions.Item label={t('resources.field.manager')}>{f.manager}</Descriptions.Item>
            <Descriptions.Item label={t('resources.field.phone')}>
              <PhoneLink phone={f.phone} />
            </Descriptions.Item>
            <Descriptions.Item label={t('resources.field.region')}>
              <RegionName code={f.regionCode} />
            </Descriptions.Item>
            <Descriptions.Item label={t('resources.facility.area')}>
              {f.areaM2 === null ? '—' : `${formatNumber(f.areaM2, language)} m²`}
            </Descriptions.Item>
            <Descriptions.Item label={t('resources.field.address')} span={2}>
              {f.address}
            </Descriptions.Item>
            {f.capacity !== null && (
              <Descriptions.Item label={t('resources.facility.capacity')} span={2}>
                <OccupancyCell facility={f} />
              </Descriptions.Item>
            )}
            <Descriptions.Item label={t('resources.facility.amenities')} span={2}>
              <AmenityTags amenities={f.amenities} />
            </Descriptions.Item>
            <Descriptions.Item label={t('resources.field.location')} span={2}>
              <span className="sw-res-code">
                {f.lon.toFixed(5)}, {f.lat.toFixed(5)}
              </span>
            </Descriptions.Item>
            {f.notes && (
              <Descriptions.Item label={t('resources.field.notes')} span={2}>
                {f.notes}
              </Descriptions.Item>
            )}
            <Descriptions.Item label={t('resources.field.updatedAt')} span={2}>
              {formatDateTime(f.updatedAt, language)}
            </Descriptions.Item>
          </Descriptions>
          {canManage && f.capacity !== null && <OccupancyForm key={f.updatedAt} facility={f} />}
          <Typography.Paragraph type="secondary" className="sw-res-drawer-foot">
            ID <span className="sw-res-code">{f.id}</span>
          </Typography.Paragraph>
        </div>
      )}
    </Drawer>
  );
}
