import type { Team } from '@shouwang/contracts';
import { Alert, Tag, type TableColumnsType } from 'antd';
import { useI18n } from '../../../lib/i18n';
import { useHasPermission } from '../../auth/use-current-user';
import { useTeams, type TeamFilters } from '../api/list-teams';
import { FilterSelect } from '../components/filter-select';
import { nameColumn } from '../components/name-column';
import { PhoneLink } from '../../../components/phone-link';
import { RegionName } from '../../regions/components/region-name';
import { ResourceListView } from '../components/resource-list-view';
import { SpecialityTags } from '../components/speciality-tags';
import { TeamStatusTag } from '../components/team-status-tag';
import { useDrawerParam } from '../components/use-drawer-param';
import { useFormDrawer } from '../components/use-form-drawer';
import { useRegionList } from '../../../lib/use-region-list';
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
import { TeamFormDrawer } from './team-form-drawer';

export function TeamsTab() {
  const { t, pick } = useI18n();
  const canManage = useHasPermission('resource.manage');
  const list = useRegionList<TeamFilters>();
  const { filters } = list;
  const [openId, open] = useDrawerParam('team');
  const editor = useFormDrawer<Team>();
  const teams = useTeams(list.params);

  const columns: TableColumnsType<Team> = [
    nameColumn(t('resources.team.name'), 250, open),
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

  return (
    <ResourceListView<Team, TeamFilters>
      name="teams"
      list={list}
      query={teams}
      columns={columns}
      onOpen={(team) => open(team.id)}
      searchPlaceholder={t('resources.filter.searchTeams')}
      filters={
        <>
          <FilterSelect
            list={list}
            name="kind"
            values={TEAM_KINDS}
            label={teamKindLabel}
            placeholder={t('resources.filter.allKinds')}
            ariaLabel={t('resources.field.teamKind')}
          />
          <FilterSelect
            list={list}
            name="speciality"
            values={SPECIALITIES}
            label={specialityLabel}
            placeholder={t('resources.filter.allSpecialities')}
            ariaLabel={t('resources.field.speciality')}
          />
          <FilterSelect
            list={list}
            name="status"
            values={TEAM_STATUSES}
            label={teamStatusLabel}
            placeholder={t('resources.filter.allStatuses')}
            ariaLabel={t('resources.field.status')}
            width={110}
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
      collection="teams"
      geojson
      extraExports={[{ collection: 'members', format: 'xlsx', filters: { regionCode: list.query.regionCode }, label: t('resources.export.members') }]}
      importTargets={[
        { collection: 'teams', label: t('resources.import.teams') },
        { collection: 'members', label: t('resources.import.members') },
      ]}
      createLabel={t('resources.team.create')}
      onCreate={editor.openCreate}
      notice={!canManage && <Alert type="info" showIcon className="sw-res-alert" title={t('resources.common.readOnly')} />}
    >
      <TeamDrawer id={openId} onClose={() => open(null)} onEdit={canManage ? editor.openEdit : undefined} />
      <TeamFormDrawer
        key={editor.key}
        open={editor.open}
        team={editor.record}
        onClose={editor.close}
        onSaved={(team, created) => {
          if (created) open(team.id);
        }}
      />
    </ResourceListView>
  );
}
