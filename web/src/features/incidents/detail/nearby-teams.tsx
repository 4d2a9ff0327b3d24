import { SendOutlined } from '@ant-design/icons';
import { SPECIALITY_LABELS, Speciality, type IncidentDetail, type NearbyHit } from '@shouwang/contracts';
import { App, Button, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { isApiError } from '../../../lib/api-error';
import { formatNumber } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useHasPermission } from '../../auth/use-current-user';
import { useDispatchTeam, useNearby } from '../api/dispatch';

/** The speciality an incident type calls for first (危化 for a hazardous-chemical accident, …). */
const SPECIALITY_FOR_TYPE: Partial<Record<string, Speciality>> = {
  hazchem: 'hazardous_chemicals',
  mining: 'coal_mine',
  flood_drought: 'flood_drought',
  forest_grassland_fire: 'forest_grassland_fire',
  earthquake: 'earthquake_geological',
  geological: 'earthquake_geological',
  fire: 'urban_safety',
};

/** 就近派遣队伍: teams on standby nearest the incident, by speciality, each dispatched with one click. */
export function NearbyTeams({ incident }: { incident: IncidentDetail }) {
  const { t, pick, language } = useI18n();
  const { message } = App.useApp();
  const canCommand = useHasPermission('incident.command');
  const [speciality, setSpeciality] = useState<Speciality | undefined>(SPECIALITY_FOR_TYPE[incident.type.key]);
  const teams = useNearby(incident.id, { kind: 'team', n: 8, speciality });
  const dispatch = useDispatchTeam(incident.id);

  const send = (hit: NearbyHit) =>
    dispatch.mutate(
      { teamId: hit.id },
      {
        onSuccess: () => void message.success(t('incidents.dispatch.teamSent', { name: hit.name })),
        onError: (e) => void message.error(isApiError(e) ? e.message : t('error.unknown')),
      },
    );

  const columns: TableColumnsType<NearbyHit> = [
    {
      title: t('incidents.dispatch.team'),
      key: 'name',
      width: 220,
      render: (_, h) => (
        <div>
          <strong>{h.name}</strong>
          <div>
            {(h.specialities ?? []).map((s) => (
              <Tag key={s} color={s === speciality ? 'volcano' : undefined}>
                {pick(SPECIALITY_LABELS[s])}
              </Tag>
            ))}
          </div>
        </div>
      ),
    },
    { title: t('incidents.dispatch.distance'), key: 'distance', width: 90, render: (_, h) => `${formatNumber(h.distanceKm, language, 1)} km` },
    { title: t('incidents.dispatch.eta'), key: 'eta', width: 80, render: (_, h) => t('incidents.dispatch.minutes', { n: Math.round(h.etaMinutes) }) },
    { title: t('incidents.dispatch.members'), key: 'members', width: 70, render: (_, h) => h.memberCount ?? '—' },
    ...(canCommand
      ? [
          {
            title: '',
            key: 'action',
            width: 90,
            render: (_: unknown, h: NearbyHit) =>
              h.dispatched ? (
                <Tag color="orange">{t('incidents.dispatch.alreadySent')}</Tag>
              ) : (
                <Button size="small" type="primary" icon={<SendOutlined />} className="sw-inc-dispatch-team" loading={dispatch.isPending && dispatch.variables?.teamId === h.id} onClick={() => send(h)}>
                  {t('incidents.dispatch.send')}
                </Button>
              ),
          },
        ]
      : []),
  ];

  return (
    <div className="sw-inc-nearby-teams">
      <Typography.Title level={5} className="sw-inc-section-title">
        {t('incidents.dispatch.teamsTitle')}
        <Select<Speciality>
          allowClear
          size="small"
          style={{ width: 150 }}
          className="sw-inc-speciality"
          aria-label={t('incidents.dispatch.speciality')}
          placeholder={t('incidents.dispatch.anySpeciality')}
          value={speciality ?? null}
          onChange={(s) => setSpeciality(s ?? undefined)}
          options={Speciality.options.map((s) => ({ value: s, label: pick(SPECIALITY_LABELS[s]) }))}
          popupMatchSelectWidth={false}
        />
      </Typography.Title>
      <ApiErrorAlert error={teams.error} className="sw-inc-alert" />
      <Table<NearbyHit>
        className="sw-inc-nearby-team-table"
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={teams.data?.items ?? []}
        loading={teams.isFetching && !teams.data}
        pagination={false}
        scroll={{ x: 'max-content' }}
        onRow={(h) => ({ 'data-team-id': h.id, 'data-dispatched': h.dispatched }) as React.HTMLAttributes<HTMLElement>}
        locale={{ emptyText: t('incidents.dispatch.noTeams') }}
      />
    </div>
  );
}
