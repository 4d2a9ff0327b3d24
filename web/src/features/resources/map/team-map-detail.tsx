import { Descriptions, Skeleton, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useI18n } from '../../../lib/i18n';
import { useTeam } from '../api/get-team';
import { formatDateTime } from '../../../lib/format';
import { PhoneLink } from '../../../components/phone-link';
import { RegionName } from '../../regions/components/region-name';
import { SpecialityTags } from '../components/speciality-tags';
import { TeamStatusTag } from '../components/team-status-tag';
import { forceLevelLabel, TEAM_KIND_COLOR, teamKindLabel } from '../labels';
import { TeamEquipmentList } from '../teams/team-equipment-list';
import { TeamMemberList } from '../teams/team-member-list';

/** A team as the map's detail panel shows it: readiness, contact, equipment and the roster. */
export function TeamMapDetail({ id }: { id: string }) {
  const { t, pick, language } = useI18n();
  const team = useTeam(id);
  if (team.error) return <ApiErrorAlert className="sw-res-alert" error={team.error} />;
  if (!team.data) return <Skeleton active paragraph={{ rows: 6 }} />;
  const d = team.data;
  const active = d.members.filter((m) => m.active).length;
  return (
    <div className="sw-res-detail" data-team-id={d.id}>
      <Space size={[4, 4]} wrap className="sw-res-detail-tags">
        <TeamStatusTag status={d.status} />
        <Tag color={TEAM_KIND_COLOR[d.kind]}>{pick(teamKindLabel(d.kind))}</Tag>
        <Tag>{pick(forceLevelLabel(d.level))}</Tag>
      </Space>
      <SpecialityTags specialities={d.specialities} />
      <Descriptions size="small" column={1} className="sw-res-descriptions">
        <Descriptions.Item label={t('resources.team.leader')}>
          <span className="sw-res-contact">
            {d.leader}
            <PhoneLink phone={d.phone} />
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('resources.field.region')}>
          <RegionName code={d.regionCode} />
        </Descriptions.Item>
        <Descriptions.Item label={t('resources.team.base')}>{d.baseAddress}</Descriptions.Item>
        <Descriptions.Item label={t('resources.team.statusSince')}>{formatDateTime(d.statusSince, language)}</Descriptions.Item>
        <Descriptions.Item label={t('resources.team.equipment')}>
          <TeamEquipmentList equipment={d.equipment} limit={6} />
        </Descriptions.Item>
      </Descriptions>
      <Typography.Title level={5} className="sw-res-section-title">
        {t('resources.team.membersCount', { active, total: d.members.length })}
      </Typography.Title>
      <TeamMemberList members={d.members} />
      <Link to={`/resources?tab=teams&team=${encodeURIComponent(d.id)}`} className="sw-res-more-link">
        {t('resources.map.openInRegistry')}
      </Link>
    </div>
  );
}
