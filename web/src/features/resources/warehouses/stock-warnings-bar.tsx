import { WarningOutlined } from '@ant-design/icons';
import type { LowStockWarning, StockBatch } from '@shouwang/contracts';
import { Alert, Button, Col, Collapse, Row, Statistic, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useI18n } from '../../../lib/i18n';
import { EXPIRY_WINDOW_DAYS } from '../api/get-warehouse-stock';
import { useStockWarnings } from '../api/get-stock-warnings';
import { formatNumber } from '../../../lib/format';
import { ExpiryTag } from './expiry-tag';

/** Expired, soon-expiring and below-minimum stock across every warehouse in scope. */
export function StockWarningsBar({ onOpenWarehouse }: { onOpenWarehouse: (id: string) => void }) {
  const { t, language } = useI18n();
  const warnings = useStockWarnings();
  const w = warnings.data;
  if (!w) return null;
  const total = w.expired.length + w.expiring.length + w.lowStock.length;
  if (total === 0) return <Alert type="success" showIcon className="sw-res-alert" title={t('resources.warnings.none')} />;

  const batchColumns: TableColumnsType<StockBatch> = [
    { title: t('resources.warehouse.itemName'), dataIndex: 'itemName', key: 'item' },
    { title: t('resources.warehouse.batchNo'), dataIndex: 'batchNo', key: 'batch', width: 140 },
    {
      title: t('resources.warehouse.quantity'),
      key: 'qty',
      align: 'right',
      width: 120,
      render: (_, b) => `${formatNumber(b.quantity, language, 3)} ${b.unit}`,
    },
    { title: t('resources.warehouse.expiresOn'), key: 'expiry', width: 190, render: (_, b) => <ExpiryTag batch={b} /> },
    {
      title: '',
      key: 'warehouse',
      width: 100,
      render: (_, b) => (
        <Button type="link" size="small" onClick={() => onOpenWarehouse(b.warehouseId)}>
          {t('resources.warnings.openWarehouse')}
        </Button>
      ),
    },
  ];
  const lowColumns: TableColumnsType<LowStockWarning> = [
    { title: t('resources.warehouse.name'), key: 'warehouse', render: (_, l) => <Button type="link" size="small" onClick={() => onOpenWarehouse(l.warehouseId)}>{l.warehouseName}</Button> },
    { title: t('resources.warehouse.itemName'), dataIndex: 'itemName', key: 'item' },
    { title: t('resources.warehouse.onHand'), key: 'onHand', align: 'right', render: (_, l) => <Tag color="red">{`${formatNumber(l.onHand, language, 3)} ${l.unit}`}</Tag> },
    { title: t('resources.warehouse.minQuantity'), key: 'min', align: 'right', render: (_, l) => `${formatNumber(l.minQuantity, language, 3)} ${l.unit}` },
  ];

  return (
    <Collapse
      className="sw-res-warnings"
      size="small"
      items={[
        {
          key: 'warnings',
          label: (
            <span>
              <WarningOutlined className="sw-res-warning-icon" /> {t('resources.warnings.title', { days: w.days || EXPIRY_WINDOW_DAYS })}
            </span>
          ),
          extra: (
            <Row gutter={24} className="sw-res-warning-stats">
              <Col>
                <Statistic title={t('resources.warnings.expired')} value={w.expired.length} styles={{ content: { color: '#cf1322', fontSize: 18 } }} />
              </Col>
              <Col>
                <Statistic title={t('resources.warnings.expiring')} value={w.expiring.length} styles={{ content: { color: '#d46b08', fontSize: 18 } }} />
              </Col>
              <Col>
                <Statistic title={t('resources.warnings.lowStock')} value={w.lowStock.length} styles={{ content: { color: '#cf1322', fontSize: 18 } }} />
              </Col>
            </Row>
          ),
          children: (
            <>
              {w.expired.length + w.expiring.length > 0 && (
                <Typography.Text strong className="sw-res-subtitle">
                  {t('resources.warnings.batches')}
                </Typography.Text>
              )}
              {w.expired.length + w.expiring.length > 0 && (
                <Table<StockBatch>
                  size="small"
                  rowKey="id"
                  className="sw-res-table"
                  columns={batchColumns}
                  dataSource={[...w.expired, ...w.expiring]}
                  pagination={{ pageSize: 8, hideOnSinglePage: true, size: 'small' }}
                />
              )}
              {w.lowStock.length > 0 && (
                <Typography.Text strong className="sw-res-subtitle">
                  {t('resources.warnings.lowStock')}
                </Typography.Text>
              )}
              {w.lowStock.length > 0 && (
                <Table<LowStockWarning>
                  size="small"
                  rowKey={(l) => `${l.warehouseId}:${l.itemId}`}
                  className="sw-res-table"
                  columns={lowColumns}
                  dataSource={w.lowStock}
                  pagination={{ pageSize: 8, hideOnSinglePage: true, size: 'small' }}
                />
              )}
            </>
          ),
        },
      ]}
    />
  );
}
