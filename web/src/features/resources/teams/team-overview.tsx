import type { TeamDetail } from '@shouwang/contracts';
import { Descriptions, Tag } from 'antd';
import { useI18n } from '../../../lib/i18n';
import { formatDateTime } from '../../../lib/format';
import { PhoneLink } from '../../../components/phone-link';
import { RegionName } from '../../regions/components/region-name';
import { SpecialityTags } from '../components/speciality-tags';
import { TeamStatusTag } from '../components/team-status-tag';
import { forceLevelLabel, TEAM_KIND_COLOR, teamKindLabel } from '../labels';
import { TeamEquipmentList } from './team-equipment-list';

export function TeamOverview({ team }: { team: TeamDetail }) {
  const { t, pick, language } = useI18n();
  const active = team.members.filter((m) => m.active).length;
  return (
    <Descriptions size="small" bordered column={{ xs: 1, sm: 2 }} className="sw-res-overview">
      <Descriptions.Item label={t('resources.field.teamKind')}>
        <Tag color={TEAM_KIND_COLOR[team.kind]}>{pick(teamKindLabel(team.kind))}</Tag>
      </Descriptions.Item>
      <Descriptions.Item label={t('resources.field.level')}>{pick(forceLevelLabel(team.level))}</Descriptions.Item>
      <Descriptions.Item label={t('resources.field.speciality')} span={2}>
        <SpecialityTags specialities={team.specialities} />
      </Descriptions.Item>
      <Descriptions.Item label={t('resources.field.status')}>
        <TeamStatusTag status={team.status} />
      </Descriptions.Item>
      <Descriptions.Item label={t('resources.team.statusSince')}>{formatDateTime(team.statusSince, language)}</Descriptions.Item>
      <Descriptions.Item label={t('resources.team.leader')}>{team.leader}</Descriptions.Item>
      <Descriptions.Item label={t('resources.field.phone')}>
        <PhoneLink phone={team.phone} />
      </Descriptions.Item>
      <Descriptions.Item label={t('resources.field.region')}>
        <RegionName code={team.regionCode} />
      </Descriptions.Item>
      <Descriptions.Item label={t('resources.team.memberCount')}>
        {t('resources.team.activeOfTotal', { active, total: team.members.length })}
      </Descriptions.Item>
      <Descriptions.Item label={t('resources.team.base')} span={2}>
        {team.baseAddress}
      </Descriptions.Item>
      <Descriptions.Item label={t('resources.field.location')} span={2}>
        <span className="sw-res-code">
          {team.lon.toFixed(5)}, {team.lat.toFixed(5)}
        </span>
      </Descriptions.Item>
      <Descriptions.Item label={t('resources.team.equipment')} span={2}>
        <TeamEquipmentList equipment={team.equipment} limit={8} />
      </Descriptions.Item>
      <Descriptions.Item label={t('resources.field.updatedAt')} span={2}>
        {formatDateTime(team.updatedAt, language)}
      </Descriptions.Item>
    </Descriptions>
  );
}
