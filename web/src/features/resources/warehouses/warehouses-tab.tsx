import type { Warehouse } from '@shouwang/contracts';
import { Tag, type TableColumnsType } from 'antd';
import { useI18n } from '../../../lib/i18n';
import { useHasPermission } from '../../auth/use-current-user';
import { useWarehouses, type WarehouseFilters } from '../api/list-warehouses';
import { FilterSelect } from '../components/filter-select';
import { formatNumber } from '../../../lib/format';
import { nameColumn } from '../components/name-column';
import { PhoneLink } from '../../../components/phone-link';
import { RegionName } from '../../regions/components/region-name';
import { ResourceListView } from '../components/resource-list-view';
import { useDrawerParam } from '../components/use-drawer-param';
import { useFormDrawer } from '../components/use-form-drawer';
import { useRegionList } from '../../../lib/use-region-list';
import { WAREHOUSE_LEVELS, warehouseLevelLabel } from '../labels';
import { StockWarningsBar } from './stock-warnings-bar';
import { WarehouseDrawer } from './warehouse-drawer';
import { WarehouseFormDrawer } from './warehouse-form-drawer';

/** Supply warehouses at four levels, their stock and the warnings across them. */
export function WarehousesTab() {
  const { t, pick, language } = useI18n();
  const canManage = useHasPermission('resource.manage');
  const list = useRegionList<WarehouseFilters>();
  const [openId, open] = useDrawerParam('warehouse');
  const editor = useFormDrawer<Warehouse>();
  const warehouses = useWarehouses(list.params);

  const columns: TableColumnsType<Warehouse> = [
    nameColumn(t('resources.warehouse.name'), 230, open),
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
    <ResourceListView<Warehouse, WarehouseFilters>
      name="warehouses"
      list={list}
      query={warehouses}
      columns={columns}
      onOpen={(w) => open(w.id)}
      searchPlaceholder={t('resources.filter.search')}
      banner={<StockWarningsBar onOpenWarehouse={open} />}
      filters={
        <FilterSelect
          list={list}
          name="level"
          values={WAREHOUSE_LEVELS}
          label={warehouseLevelLabel}
          placeholder={t('resources.filter.allLevels')}
          ariaLabel={t('resources.warehouse.level')}
          width={120}
        />
      }
      collection="warehouses"
      geojson
      importTargets={[{ collection: 'warehouses', label: t('resources.import.warehouses') }]}
      createLabel={t('resources.warehouse.create')}
      onCreate={editor.openCreate}
    >
      <WarehouseDrawer id={openId} onClose={() => open(null)} onEdit={canManage ? editor.openEdit : undefined} />
      <WarehouseFormDrawer
        key={editor.key}
        open={editor.open}
        warehouse={editor.record}
        onClose={editor.close}
        onSaved={(warehouse, created) => {
          if (created) open(warehouse.id);
        }}
      />
    </ResourceListView>
  );
}
