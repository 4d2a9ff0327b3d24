import type { Warehouse } from '@shouwang/contracts';
import { Button, Input, Table, Tag, type TableColumnsType } from 'antd';
import { useI18n } from '../../../lib/i18n';
import { useHasPermission } from '../../auth/use-current-user';
import { useWarehouses, type WarehouseFilters } from '../api/list-warehouses';
import { ApiErrorAlert } from '../components/api-error-alert';
import { EnumSelect } from '../components/enum-select';
import { ExportMenu } from '../components/export-menu';
import { formatNumber } from '../components/format';
import { ImportButton } from '../components/import-button';
import { ListToolbar } from '../components/list-toolbar';
import { PhoneLink } from '../components/phone-link';
import { RegionName } from '../components/region-name';
import { useDrawerParam } from '../components/use-drawer-param';
import { useListFilters } from '../components/use-list-filters';
import { WAREHOUSE_LEVELS, warehouseLevelLabel } from '../labels';
import { StockWarningsBar } from './stock-warnings-bar';
import { WarehouseDrawer } from './warehouse-drawer';

const PAGE_SIZE = 20;

/** Supply warehouses at four levels, their stock and the warnings across them. */
export function WarehousesTab() {
  const { t, pick, language } = useI18n();
  const canManage = useHasPermission('resource.manage');
  const { filters, filter, search, setSearch, page, setPage, filtered, clear } = useListFilters<WarehouseFilters>();
  const [openId, open] = useDrawerParam('warehouse');
  const warehouses = useWarehouses({ ...filters, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });


  const columns: TableColumnsType<Warehouse> = [
    {
      title: t('resources.warehouse.name'),
      key: 'name',
      fixed: 'left',
      width: 230,
      render: (_, w) => (
        <Button type="link" className="sw-res-name-link" onClick={() => open(w.id)}>
          {w.name}
        </Button>
      ),
    },
    { title: t('resources.warehouse.level'), key: 'level', width: 110, render: (_, w) => <Tag color="orange">{pick(warehouseLevelLabel(w.level))}</Tag> },
    { title: t('resources.field.region'), key: 'region', width: 110, render: (_, w) => <RegionName code={w.regionCode} /> },
    { title: t('resources.field.address'), dataIndex: 'address', key: 'address', width: 220 },
    {
      title: t('resources.warehouse.capacity'),
      key: 'capacity',
      width: 110,
      align: 'right',
      render: (_, w) => (w.capacityM3 === null ? <span className="sw-res-muted">—</span> : `${formatNumber(w.capacityM3, language)} m³`),
    },
    { title: t('resources.field.manager'), dataIndex: 'manager', key: 'manager', width: 90 },
    { title: t('resources.field.phone'), key: 'phone', width: 140, render: (_, w) => <PhoneLink phone={w.phone} /> },
  ];

  return (
    <div className="sw-res-tab sw-res-warehouses">
      <StockWarningsBar onOpenWarehouse={open} />
      <ListToolbar
        filters={
          <>
            <Input.Search
              className="sw-res-search"
              placeholder={t('resources.filter.search')}
              aria-label={t('resources.filter.search')}
              allowClear
              maxLength={50}
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              onSearch={(value) => filter({ q: value.trim() || undefined })}
            />
            <EnumSelect
              className="sw-res-filter-level"
              values={WAREHOUSE_LEVELS}
              label={warehouseLevelLabel}
              value={filters.level}
              onChange={(level) => filter({ level })}
              placeholder={t('resources.filter.allLevels')}
              ariaLabel={t('resources.warehouse.level')}
              width={120}
            />
            {filtered && (
              <Button type="link" onClick={clear} className="sw-res-clear">
                {t('resources.filter.reset')}
              </Button>
            )}
          </>
        }
        actions={
          <>
            <ExportMenu collection="warehouses" filters={{ ...filters }} geojson />
            {canManage && <ImportButton filters={{ ...filters }} targets={[{ collection: 'warehouses', label: t('resources.import.warehouses') }]} />}
          </>
        }
      />
      <ApiErrorAlert error={warehouses.error} />
      <Table<Warehouse>
        className="sw-res-table sw-res-warehouses-table"
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={warehouses.data?.items ?? []}
        loading={warehouses.isFetching}
        scroll={{ x: 'max-content' }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: warehouses.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => t('resources.common.total', { total }),
          onChange: setPage,
          size: 'small',
        }}
      />
      <WarehouseDrawer id={openId} onClose={() => open(null)} />
    </div>
  );
}
