import { Descriptions, Skeleton, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useI18n } from '../../../lib/i18n';
import { useWarehouse } from '../api/get-warehouse';
import { useWarehouseStock } from '../api/get-warehouse-stock';
import { formatNumber } from '../../../lib/format';
import { PhoneLink } from '../../../components/phone-link';
import { RegionName } from '../../regions/components/region-name';
import { warehouseLevelLabel } from '../labels';

const SHOWN_ITEMS = 8;

export function WarehouseMapDetail({ id }: { id: string }) {
  const { t, pick, language } = useI18n();
  const warehouse = useWarehouse(id);
  const stock = useWarehouseStock(id);
  if (warehouse.error) return <ApiErrorAlert className="sw-res-alert" error={warehouse.error} />;
  if (!warehouse.data) return <Skeleton active paragraph={{ rows: 5 }} />;
  const w = warehouse.data;
  const items = stock.data?.items ?? [];
  const low = items.filter((i) => i.lowStock).length;
  return (
    <div className="sw-res-detail" data-warehouse-id={w.id}>
      <Space size={[4, 4]} wrap className="sw-res-detail-tags">
        <Tag color="orange">{pick(warehouseLevelLabel(w.level))}</Tag>
        {low > 0 && <Tag color="red">{t('resources.warehouse.lowCount', { count: low })}</Tag>}
      </Space>
      <Descriptions size="small" column={1} className="sw-res-descriptions">
        <Descriptions.Item label={t('resources.field.manager')}>
          <span className="sw-res-contact">
            {w.manager}
            <PhoneLink phone={w.phone} />
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('resources.field.region')}>
          <RegionName code={w.regionCode} />
        </Descriptions.Item>
        <Descriptions.Item label={t('resources.field.address')}>{w.address}</Descriptions.Item>
        {w.capacityM3 !== null && (
          <Descriptions.Item label={t('resources.warehouse.capacity')}>{formatNumber(w.capacityM3, language)} m³</Descriptions.Item>
        )}
      </Descriptions>
      <Typography.Title level={5} className="sw-res-section-title">
        {t('resources.warehouse.stockTitle', { count: items.length })}
      </Typography.Title>
      {stock.error ? (
        <ApiErrorAlert className="sw-res-alert" error={stock.error} />
      ) : !stock.data ? (
        <Skeleton active paragraph={{ rows: 3 }} title={false} />
      ) : items.length === 0 ? (
        <Typography.Text type="secondary">{t('resources.warehouse.noStock')}</Typography.Text>
      ) : (
        <ul className="sw-res-stock-list">
          {items.slice(0, SHOWN_ITEMS).map((item) => (
            <li key={item.itemId} className={item.lowStock ? 'sw-res-stock--low' : undefined}>
              <span>{item.itemName}</span>
              <span className="sw-res-stock-qty">
                {formatNumber(item.onHand, language, 3)} {item.unit}
              </span>
            </li>
          ))}
          {items.length > SHOWN_ITEMS && (
            <li className="sw-res-muted">{t('resources.warehouse.moreItems', { count: items.length - SHOWN_ITEMS })}</li>
          )}
        </ul>
      )}
      <Link to={`/resources?tab=warehouses&warehouse=${encodeURIComponent(w.id)}`} className="sw-res-more-link">
        {t('resources.map.openInRegistry')}
      </Link>
    </div>
  );
}
