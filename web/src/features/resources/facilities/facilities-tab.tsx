import type { Facility } from '@shouwang/contracts';
import { Button, Input, Table, Tag, type TableColumnsType } from 'antd';
import { useI18n } from '../../../lib/i18n';
import { useHasPermission } from '../../auth/use-current-user';
import { useFacilities, type FacilityFilters } from '../api/list-facilities';
import { AmenityTags } from '../components/amenity-tags';
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
import { FACILITY_KINDS, facilityKindLabel, FORCE_LEVELS, forceLevelLabel, shelterClassLabel } from '../labels';
import { kindStyle } from '../map/resource-kinds';
import { FacilityDrawer } from './facility-drawer';
import { OccupancyCell } from './occupancy-cell';

const PAGE_SIZE = 20;

/** Shelters (capacity, occupancy, amenities), helipads, water sources, fire stations and rescue bases. */
export function FacilitiesTab() {
  const { t, pick, language } = useI18n();
  const canManage = useHasPermission('resource.manage');
  const { filters, filter, search, setSearch, page, setPage, filtered, clear } = useListFilters<FacilityFilters>();
  const [openId, open] = useDrawerParam('facility');
  const facilities = useFacilities({ ...filters, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });


  const columns: TableColumnsType<Facility> = [
    {
      title: t('resources.facility.name'),
      key: 'name',
      fixed: 'left',
      width: 230,
      render: (_, f) => (
        <Button type="link" className="sw-res-name-link" onClick={() => open(f.id)}>
          {f.name}
        </Button>
      ),
    },
    {
      title: t('resources.facility.kind'),
      key: 'kind',
      width: 130,
      render: (_, f) => (
        <Tag color={kindStyle(f.kind).color} className="sw-res-kind-tag">
          {pick(facilityKindLabel(f.kind))}
        </Tag>
      ),
    },
    {
      title: t('resources.facility.class'),
      key: 'class',
      width: 120,
      render: (_, f) => (f.shelterClass ? pick(shelterClassLabel(f.shelterClass)) : <span className="sw-res-muted">—</span>),
    },
    { title: t('resources.field.level'), key: 'level', width: 110, render: (_, f) => pick(forceLevelLabel(f.level)) },
    { title: t('resources.field.region'), key: 'region', width: 110, render: (_, f) => <RegionName code={f.regionCode} /> },
    { title: t('resources.facility.capacity'), key: 'capacity', width: 150, render: (_, f) => <OccupancyCell facility={f} /> },
    {
      title: t('resources.facility.area'),
      key: 'area',
      width: 110,
      align: 'right',
      render: (_, f) => (f.areaM2 === null ? <span className="sw-res-muted">—</span> : `${formatNumber(f.areaM2, language)} m²`),
    },
    { title: t('resources.facility.amenities'), key: 'amenities', width: 220, render: (_, f) => <AmenityTags amenities={f.amenities} /> },
    { title: t('resources.field.manager'), dataIndex: 'manager', key: 'manager', width: 90 },
    { title: t('resources.field.phone'), key: 'phone', width: 140, render: (_, f) => <PhoneLink phone={f.phone} /> },
  ];

  return (
    <div className="sw-res-tab sw-res-facilities">
      <ListToolbar
        filters={
          <>
            <Input.Search
              className="sw-res-search"
              placeholder={t('resources.filter.searchFacilities')}
              aria-label={t('resources.filter.searchFacilities')}
              allowClear
              maxLength={50}
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              onSearch={(value) => filter({ q: value.trim() || undefined })}
            />
            <EnumSelect
              className="sw-res-filter-kind"
              values={FACILITY_KINDS}
              label={facilityKindLabel}
              value={filters.kind}
              onChange={(kind) => filter({ kind })}
              placeholder={t('resources.filter.allKinds')}
              ariaLabel={t('resources.facility.kind')}
            />
            <EnumSelect
              className="sw-res-filter-level"
              values={FORCE_LEVELS}
              label={forceLevelLabel}
              value={filters.level}
              onChange={(level) => filter({ level })}
              placeholder={t('resources.filter.allLevels')}
              ariaLabel={t('resources.field.level')}
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
            <ExportMenu collection="facilities" filters={{ ...filters }} geojson />
            {canManage && <ImportButton filters={{ ...filters }} targets={[{ collection: 'facilities', label: t('resources.import.facilities') }]} />}
          </>
        }
      />
      <ApiErrorAlert error={facilities.error} />
      <Table<Facility>
        className="sw-res-table sw-res-facilities-table"
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={facilities.data?.items ?? []}
        loading={facilities.isFetching}
        scroll={{ x: 'max-content' }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: facilities.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => t('resources.common.total', { total }),
          onChange: setPage,
          size: 'small',
        }}
      />
      <FacilityDrawer id={openId} onClose={() => open(null)} />
    </div>
  );
}
