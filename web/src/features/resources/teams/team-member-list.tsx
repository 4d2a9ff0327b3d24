import type { TeamMember } from '@shouwang/contracts';
import { Empty, Tag, Typography } from 'antd';
import { useI18n } from '../../../lib/i18n';
import { PhoneLink } from '../../../components/phone-link';
import { memberRoleLabel } from '../labels';

const ROLE_ORDER = { leader: 0, deputy: 1, member: 2 } as const;

/** The roster as a compact list for narrow panels: leaders first, inactive members last. */
export function TeamMemberList({ members }: { members: TeamMember[] }) {
  const { t, pick } = useI18n();
  if (members.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('resources.team.noMembers')} />;
  const sorted = [...members].sort(
    (a, b) => Number(b.active) - Number(a.active) || ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.name.localeCompare(b.name, 'zh-CN'),
  );
  return (
    <ul className="sw-res-member-list" aria-label={t('resources.team.members')}>
      {sorted.map((m) => (
        <li key={m.id} className="sw-res-member" data-member-id={m.id} data-active={m.active}>
          <div className="sw-res-member-head">
            <span className="sw-res-member-name">{m.name}</span>
            {m.role !== 'member' && (
              <Tag color={m.role === 'leader' ? 'red' : 'orange'} bordered={false} className="sw-res-tag">
                {pick(memberRoleLabel(m.role))}
              </Tag>
            )}
            {!m.active && (
              <Tag bordered={false} className="sw-res-tag">
                {t('resources.member.inactive')}
              </Tag>
            )}
            <span className="sw-res-member-phone">
              <PhoneLink phone={m.phone} />
            </span>
          </div>
          {(m.skills.length > 0 || m.certificates.length > 0) && (
            <Typography.Text type="secondary" className="sw-res-member-skills">
              {[...m.skills, ...m.certificates.map((c) => c.name)].join(' · ')}
            </Typography.Text>
          )}
        </li>
      ))}
    </ul>
  );
}
