import type { Facility } from '@shouwang/contracts';
import { Tag, type TableColumnsType } from 'antd';
import { useI18n } from '../../../lib/i18n';
import { useHasPermission } from '../../auth/use-current-user';
import { useFacilities, type FacilityFilters } from '../api/list-facilities';
import { AmenityTags } from '../components/amenity-tags';
import { FilterSelect } from '../components/filter-select';
import { formatNumber } from '../../../lib/format';
import { nameColumn } from '../components/name-column';
import { PhoneLink } from '../../../components/phone-link';
import { RegionName } from '../../regions/components/region-name';
import { ResourceListView } from '../components/resource-list-view';
import { useDrawerParam } from '../components/use-drawer-param';
import { useFormDrawer } from '../components/use-form-drawer';
import { useRegionList } from '../../../lib/use-region-list';
import { FACILITY_KINDS, facilityKindLabel, FORCE_LEVELS, forceLevelLabel, shelterClassLabel } from '../labels';
import { kindStyle } from '../map/resource-kinds';
import { FacilityDrawer } from './facility-drawer';
import { FacilityFormDrawer } from './facility-form-drawer';
import { OccupancyCell } from './occupancy-cell';

/** Shelters (capacity, occupancy, amenities), helipads, water sources, fire stations and rescue bases. */
export function FacilitiesTab() {
  const { t, pick, language } = useI18n();
  const canManage = useHasPermission('resource.manage');
  const list = useRegionList<FacilityFilters>();
  const { filters } = list;
  const [openId, open] = useDrawerParam('facility');
  const editor = useFormDrawer<Facility>();
  const facilities = useFacilities(list.params);

  const columns: TableColumnsType<Facility> = [
    nameColumn(t('resources.facility.name'), 230, open),
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
    <ResourceListView<Facility, FacilityFilters>
      name="facilities"
      list={list}
      query={facilities}
      columns={columns}
      onOpen={(f) => open(f.id)}
      searchPlaceholder={t('resources.filter.searchFacilities')}
      filters={
        <>
          <FilterSelect
            list={list}
            name="kind"
            values={FACILITY_KINDS}
            label={facilityKindLabel}
            placeholder={t('resources.filter.allKinds')}
            ariaLabel={t('resources.facility.kind')}
          />
          <FilterSelect
            list={list}
            name="level"
            values={FORCE_LEVELS}
            label={forceLevelLabel}
            placeholder={t('resources.filter.allLevels')}
            ariaLabel={t('resources.field.level')}
            width={120}
          />
        </>
      }
      collection="facilities"
      geojson
      importTargets={[{ collection: 'facilities', label: t('resources.import.facilities') }]}
      createLabel={t('resources.facility.create')}
      onCreate={editor.openCreate}
    >
      <FacilityDrawer id={openId} onClose={() => open(null)} onEdit={canManage ? editor.openEdit : undefined} />
      <FacilityFormDrawer
        key={editor.key}
        open={editor.open}
        facility={editor.record}
        defaultKind={filters.kind}
        onClose={editor.close}
        onSaved={(facility, created) => {
          if (created) open(facility.id);
        }}
      />
    </ResourceListView>
  );
}
