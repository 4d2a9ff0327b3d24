import { EditOutlined } from '@ant-design/icons';
import type { Warehouse } from '@shouwang/contracts';
import { Button, Descriptions, Drawer, Grid, Skeleton, Space, Tag, Typography } from 'antd';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useI18n } from '../../../lib/i18n';
import { useWarehouse } from '../api/get-warehouse';
import { useWarehouseStock } from '../api/get-warehouse-stock';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { PhoneLink } from '../../../components/phone-link';
import { RegionName } from '../../regions/components/region-name';
import { warehouseLevelLabel } from '../labels';
import { WarehouseStockTables } from './warehouse-stock-tables';

interface WarehouseDrawerProps {
  id: string | null;
  onClose: () => void;
  /** Given to users who may edit the warehouse (resource.manage). */
  onEdit?: (warehouse: Warehouse) => void;
}

export function WarehouseDrawer({ id, onClose, onEdit }: WarehouseDrawerProps) {
  const { t, pick, language } = useI18n();
  const screens = Grid.useBreakpoint();
  const warehouse = useWarehouse(id);
  const stock = useWarehouseStock(id);
  const w = warehouse.data;
  const low = stock.data?.items.filter((i) => i.lowStock).length ?? 0;
  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size={screens.md ? 760 : '100%'}
      className="sw-res-drawer sw-res-warehouse-drawer"
      title={w ? w.name : t('common.loading')}
      extra={
        w && onEdit ? (
          <Button icon={<EditOutlined />} onClick={() => onEdit(w)} className="sw-res-edit">
            {t('resources.form.edit')}
          </Button>
        ) : undefined
      }
      destroyOnHidden
    >
      <ApiErrorAlert className="sw-res-alert" error={warehouse.error ?? stock.error} />
      {!w && !warehouse.error && <Skeleton active paragraph={{ rows: 8 }} />}
      {w && (
        <div className="sw-res-stack">
          <Space size={[4, 4]} wrap>
            <Tag color="orange">{pick(warehouseLevelLabel(w.level))}</Tag>
            {low > 0 && <Tag color="red">{t('resources.warehouse.lowCount', { count: low })}</Tag>}
          </Space>
          <Descriptions size="small" bordered column={{ xs: 1, sm: 2 }}>
            <Descriptions.Item label={t('resources.field.manager')}>{w.manager}</Descriptions.Item>
            <Descriptions.Item label={t('resources.field.phone')}>
              <PhoneLink phone={w.phone} />
            </Descriptions.Item>
            <Descriptions.Item label={t('resources.field.region')}>
              <RegionName code={w.regionCode} />
            </Descriptions.Item>
            <Descriptions.Item label={t('resources.warehouse.capacity')}>
              {w.capacityM3 === null ? '—' : `${formatNumber(w.capacityM3, language)} m³`}
            </Descriptions.Item>
            <Descriptions.Item label={t('resources.field.address')} span={2}>
              {w.address}
            </Descriptions.Item>
            <Descriptions.Item label={t('resources.field.location')} span={2}>
              <span className="sw-res-code">
                {w.lon.toFixed(5)}, {w.lat.toFixed(5)}
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={t('resources.field.updatedAt')} span={2}>
              {formatDateTime(w.updatedAt, language)}
            </Descriptions.Item>
          </Descriptions>
          {stock.data ? <WarehouseStockTables stock={stock.data} /> : !stock.error && <Skeleton active paragraph={{ rows: 4 }} />}
          <Typography.Paragraph type="secondary" className="sw-res-drawer-foot">
            ID <span className="sw-res-code">{w.id}</span>
          </Typography.Paragraph>
        </div>
      )}
    </Drawer>
  );
}
