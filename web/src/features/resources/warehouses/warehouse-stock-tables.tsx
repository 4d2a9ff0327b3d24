import type { StockBatch, StockItemSummary, WarehouseStock } from '@shouwang/contracts';
import { Table, Tabs, Tag, type TableColumnsType } from 'antd';
import { useI18n } from '../../../lib/i18n';
import { formatNumber } from '../../../lib/format';
import { ExpiryTag } from './expiry-tag';

/** Stock per item (with the minimum to keep) and per batch (with expiry). */
export function WarehouseStockTables({ stock }: { stock: WarehouseStock }) {
  const { t, language } = useI18n();
  const itemColumns: TableColumnsType<StockItemSummary> = [
    { title: t('resources.warehouse.itemCode'), dataIndex: 'itemCode', key: 'code', width: 100, render: (code: string) => <span className="sw-res-code">{code}</span> },
    { title: t('resources.warehouse.itemName'), dataIndex: 'itemName', key: 'name' },
    {
      title: t('resources.warehouse.onHand'),
      key: 'onHand',
      align: 'right',
      width: 120,
      render: (_, i) => (
        <span className={i.lowStock ? 'sw-res-stock--low' : undefined}>
          {formatNumber(i.onHand, language, 3)} {i.unit}
        </span>
      ),
    },
    {
      title: t('resources.warehouse.minQuantity'),
      key: 'min',
      align: 'right',
      width: 110,
      render: (_, i) => (i.minQuantity === null ? <span className="sw-res-muted">—</span> : `${formatNumber(i.minQuantity, language, 3)} ${i.unit}`),
    },
    { title: '', key: 'low', width: 100, render: (_, i) => (i.lowStock ? <Tag color="red">{t('resources.warehouse.low')}</Tag> : null) },
  ];
  const batchColumns: TableColumnsType<StockBatch> = [
    { title: t('resources.warehouse.itemName'), dataIndex: 'itemName', key: 'name' },
    { title: t('resources.warehouse.batchNo'), dataIndex: 'batchNo', key: 'batch', width: 130 },
    { title: t('resources.warehouse.quantity'), key: 'qty', align: 'right', width: 110, render: (_, b) => `${formatNumber(b.quantity, language, 3)} ${b.unit}` },
    { title: t('resources.warehouse.producedOn'), dataIndex: 'producedOn', key: 'produced', width: 110 },
    { title: t('resources.warehouse.expiresOn'), key: 'expires', width: 200, render: (_, b) => <ExpiryTag batch={b} /> },
  ];
  return (
    <Tabs
      size="small"
      items={[
        {
          key: 'items',
          label: `${t('resources.warehouse.items')} (${stock.items.length})`,
          children: (
            <Table<StockItemSummary>
              size="small"
              rowKey="itemId"
              className="sw-res-table"
              columns={itemColumns}
              dataSource={stock.items}
              pagination={{ pageSize: 15, hideOnSinglePage: true, size: 'small' }}
              locale={{ emptyText: t('resources.warehouse.noStock') }}
            />
          ),
        },
        {
          key: 'batches',
          label: `${t('resources.warehouse.batches')} (${stock.batches.length})`,
          children: (
            <Table<StockBatch>
              size="small"
              rowKey="id"
              className="sw-res-table"
              columns={batchColumns}
              dataSource={stock.batches}
              pagination={{ pageSize: 15, hideOnSinglePage: true, size: 'small' }}
              locale={{ emptyText: t('resources.warehouse.noStock') }}
            />
          ),
        },
      ]}
    />
  );
}
