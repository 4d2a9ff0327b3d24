import type { Team } from '@shouwang/contracts';
import { Alert, Button, Input, Table, Tag, type TableColumnsType } from 'antd';
import { useI18n } from '../../../lib/i18n';
import { useHasPermission } from '../../auth/use-current-user';
import { useTeams, type TeamFilters } from '../api/list-teams';
import { ApiErrorAlert } from '../components/api-error-alert';
import { EnumSelect } from '../components/enum-select';
import { ExportMenu } from '../components/export-menu';
import { ImportButton } from '../components/import-button';
import { ListToolbar } from '../components/list-toolbar';
import { PhoneLink } from '../components/phone-link';
import { RegionName } from '../components/region-name';
import { SpecialityTags } from '../components/speciality-tags';
import { TeamStatusTag } from '../components/team-status-tag';
import { useDrawerParam } from '../components/use-drawer-param';
import { useListFilters } from '../components/use-list-filters';
import {
  FORCE_LEVELS,
  forceLevelLabel,
  SPECIALITIES,
  specialityLabel,
  TEAM_KIND_COLOR,
  TEAM_KINDS,
  TEAM_STATUSES,
  teamKindLabel,
  teamStatusLabel,
} from '../labels';
import { TeamDrawer } from './team-drawer';

const PAGE_SIZE = 20;

export function TeamsTab() {
  const { t, pick } = useI18n();
  const canManage = useHasPermission('resource.manage');
  const { filters, filter, search, setSearch, page, setPage, filtered, clear } = useListFilters<TeamFilters>();
  const [openId, open] = useDrawerParam('team');
  const teams = useTeams({ ...filters, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });


  const columns: TableColumnsType<Team> = [
    {
      title: t('resources.team.name'),
      key: 'name',
      fixed: 'left',
      width: 250,
      render: (_, team) => (
        <Button type="link" className="sw-res-name-link" onClick={() => open(team.id)}>
          {team.name}
        </Button>
      ),
    },
    {
      title: t('resources.field.teamKind'),
      key: 'kind',
      width: 130,
      render: (_, team) => <Tag color={TEAM_KIND_COLOR[team.kind]}>{pick(teamKindLabel(team.kind))}</Tag>,
    },
    {
      title: t('resources.field.speciality'),
      key: 'specialities',
      width: 220,
      render: (_, team) => <SpecialityTags specialities={team.specialities} highlight={filters.speciality} />,
    },
    { title: t('resources.field.level'), key: 'level', width: 110, render: (_, team) => pick(forceLevelLabel(team.level)) },
    { title: t('resources.field.region'), key: 'region', width: 120, render: (_, team) => <RegionName code={team.regionCode} /> },
    { title: t('resources.field.status'), key: 'status', width: 90, render: (_, team) => <TeamStatusTag status={team.status} /> },
    {
      title: t('resources.team.memberCount'),
      dataIndex: 'memberCount',
      key: 'memberCount',
      width: 90,
      align: 'right',
    },
    { title: t('resources.team.leader'), dataIndex: 'leader', key: 'leader', width: 100 },
    { title: t('resources.field.phone'), key: 'phone', width: 140, render: (_, team) => <PhoneLink phone={team.phone} /> },
  ];

  const exportFilters = { ...filters };
  return (
    <div className="sw-res-tab sw-res-teams">
      <ListToolbar
        filters={
          <>
            <Input.Search
              className="sw-res-search"
              placeholder={t('resources.filter.searchTeams')}
              aria-label={t('resources.filter.searchTeams')}
              allowClear
              maxLength={50}
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              onSearch={(value) => filter({ q: value.trim() || undefined })}
            />
            <EnumSelect
              className="sw-res-filter-kind"
              values={TEAM_KINDS}
              label={teamKindLabel}
              value={filters.kind}
              onChange={(kind) => filter({ kind })}
              placeholder={t('resources.filter.allKinds')}
              ariaLabel={t('resources.field.teamKind')}
            />
            <EnumSelect
              className="sw-res-filter-speciality"
              values={SPECIALITIES}
              label={specialityLabel}
              value={filters.speciality}
              onChange={(speciality) => filter({ speciality })}
              placeholder={t('resources.filter.allSpecialities')}
              ariaLabel={t('resources.field.speciality')}
            />
            <EnumSelect
              className="sw-res-filter-status"
              values={TEAM_STATUSES}
              label={teamStatusLabel}
              value={filters.status}
              onChange={(status) => filter({ status })}
              placeholder={t('resources.filter.allStatuses')}
              ariaLabel={t('resources.field.status')}
              width={110}
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
            <ExportMenu
              collection="teams"
              filters={exportFilters}
              geojson
              extra={[{ collection: 'members', format: 'xlsx', filters: {}, label: t('resources.export.members') }]}
            />
            {canManage && (
              <ImportButton
                filters={exportFilters}
                targets={[
                  { collection: 'teams', label: t('resources.import.teams') },
                  { collection: 'members', label: t('resources.import.members') },
                ]}
              />
            )}
          </>
        }
      />
      {!canManage && <Alert type="info" showIcon className="sw-res-alert" title={t('resources.common.readOnly')} />}
      <ApiErrorAlert error={teams.error} />
      <Table<Team>
        className="sw-res-table sw-res-teams-table"
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={teams.data?.items ?? []}
        loading={teams.isFetching}
        scroll={{ x: 'max-content' }}
        onRow={(team) => ({ onDoubleClick: () => open(team.id) })}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: teams.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => t('resources.common.total', { total }),
          onChange: setPage,
          size: 'small',
        }}
      />
      <TeamDrawer id={openId} onClose={() => open(null)} />
    </div>
  );
}
