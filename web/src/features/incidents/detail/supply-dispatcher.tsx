import { SendOutlined } from '@ant-design/icons';
import type { IncidentDetail, NearbyHit } from '@shouwang/contracts';
import { App, Button, InputNumber, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { isApiError } from '../../../lib/api-error';
import { formatNumber } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useHasPermission } from '../../auth/use-current-user';
import { useDebounced } from '../intake/use-debounced';
import { useDispatchSupply, useNearby, useSupplyItems } from '../api/dispatch';

/**
 * 就近调拨物资: choose an item and a quantity; the nearest warehouses holding that much are listed and one
 * click sends it out through the stock ledger (earliest expiry first).
 */
export function SupplyDispatcher({ incident }: { incident: IncidentDetail }) {
  const { t, language } = useI18n();
  const { message } = App.useApp();
  const canCommand = useHasPermission('incident.command');
  const [search, setSearch] = useState('');
  const [itemId, setItemId] = useState<string | undefined>();
  const [quantity, setQuantity] = useState<number | null>(100);
  const items = useSupplyItems(useDebounced(search, 250));
  const item = items.data?.items.find((i) => i.id === itemId);
  const enough = quantity && quantity > 0 ? quantity : undefined;
  const stores = useNearby(incident.id, { kind: 'supply', n: 6, supply: itemId, minQuantity: enough }, itemId !== undefined);
  const send = useDispatchSupply(incident.id);

  const dispatch = (hit: NearbyHit) => {
    if (!itemId || !enough) return;
    send.mutate(
      { warehouseId: hit.id, itemId, quantity: enough },
      {
        onSuccess: () => void message.success(t('incidents.dispatch.supplySent', { quantity: enough, unit: item?.unit ?? '', item: item?.name ?? '', from: hit.name })),
        onError: (e) => void message.error(isApiError(e) ? e.message : t('error.unknown')),
      },
    );
  };

  const columns: TableColumnsType<NearbyHit> = [
    { title: t('incidents.dispatch.warehouse'), key: 'name', width: 220, render: (_, h) => <strong>{h.name}</strong> },
    { title: t('incidents.dispatch.available'), key: 'available', width: 110, render: (_, h) => `${formatNumber(h.availableQuantity ?? 0, language)} ${item?.unit ?? ''}` },
    { title: t('incidents.dispatch.distance'), key: 'distance', width: 90, render: (_, h) => `${formatNumber(h.distanceKm, language, 1)} km` },
    { title: t('incidents.dispatch.eta'), key: 'eta', width: 80, render: (_, h) => t('incidents.dispatch.minutes', { n: Math.round(h.etaMinutes) }) },
    ...(canCommand
      ? [
          {
            title: '',
            key: 'action',
            width: 120,
            render: (_: unknown, h: NearbyHit) => (
              <Button size="small" type="primary" icon={<SendOutlined />} className="sw-inc-dispatch-supply" disabled={!enough} loading={send.isPending && send.variables?.warehouseId === h.id} onClick={() => dispatch(h)}>
                {t('incidents.dispatch.sendQuantity', { quantity: enough ?? 0 })}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <div className="sw-inc-supplies">
      <Typography.Title level={5} className="sw-inc-section-title">
        {t('incidents.dispatch.suppliesTitle')}
      </Typography.Title>
      <Space wrap className="sw-inc-toolbar">
        <Select
          showSearch={{ filterOption: false, onSearch: setSearch }}
          style={{ width: 240 }}
          className="sw-inc-supply-item"
          aria-label={t('incidents.dispatch.item')}
          placeholder={t('incidents.dispatch.itemPlaceholder')}
          value={itemId ?? null}
          onChange={(id) => setItemId(id ?? undefined)}
          loading={items.isFetching}
          options={(items.data?.items ?? []).map((i) => ({ value: i.id, label: `${i.name}${i.spec ? `（${i.spec}）` : ''}` }))}
          popupMatchSelectWidth={false}
        />
        <InputNumber<number> min={1} precision={0} value={quantity} onChange={setQuantity} className="sw-inc-supply-quantity" aria-label={t('incidents.dispatch.quantity')} suffix={item?.unit} />
      </Space>
      <ApiErrorAlert error={stores.error} className="sw-inc-alert" />
      {itemId && (
        <Table<NearbyHit>
          className="sw-inc-nearby-store-table"
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={stores.data?.items ?? []}
          loading={stores.isFetching && !stores.data}
          pagination={false}
          scroll={{ x: 'max-content' }}
          onRow={(h) => ({ 'data-warehouse-id': h.id }) as React.HTMLAttributes<HTMLElement>}
          locale={{ emptyText: t('incidents.dispatch.noStores') }}
        />
      )}
    </div>
  );
}
