import { PlusOutlined } from '@ant-design/icons';
import type { TeamMember } from '@shouwang/contracts';
import { App, Button, Popconfirm, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useI18n } from '../../../lib/i18n';
import { useUpdateTeamMember } from '../api/update-team-member';
import { PhoneLink } from '../../../components/phone-link';
import { memberRoleLabel } from '../labels';
import { MemberFormModal } from './member-form-modal';

const today = () => new Date().toISOString().slice(0, 10);

interface TeamMembersTableProps {
  members: TeamMember[];
  /** Given to users who may change the roster (resource.manage). */
  manage?: { teamId: string; teamName: string };
}

/** The full roster: role, phone (dials), skills and certificates with their validity. */
export function TeamMembersTable({ members, manage }: TeamMembersTableProps) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const update = useUpdateTeamMember();
  const [adding, setAdding] = useState(false);
  const now = today();
  // The member's other defaulted fields go along: the contract's TeamMemberUpdate keeps the create
  // schema's defaults, so a body of just `{active}` would also reset role, skills and certificates.
  const setActive = (m: TeamMember, active: boolean) =>
    update.mutate(
      { id: m.id, body: { active, role: m.role, skills: m.skills, certificates: m.certificates } },
      { onSuccess: () => void message.success(t('resources.member.updated', { name: m.name })) },
    );
  const columns: TableColumnsType<TeamMember> = [
    { title: t('resources.member.name'), dataIndex: 'name', key: 'name', width: 90, fixed: 'left' },
    {
      title: t('resources.member.role'),
      key: 'role',
      width: 90,
      render: (_, m) => <Tag color={m.role === 'leader' ? 'red' : m.role === 'deputy' ? 'orange' : undefined}>{pick(memberRoleLabel(m.role))}</Tag>,
    },
    { title: t('resources.field.phone'), key: 'phone', width: 130, render: (_, m) => <PhoneLink phone={m.phone} /> },
    {
      title: t('resources.member.active'),
      key: 'active',
      width: 80,
      render: (_, m) => (m.active ? <Tag color="green">{t('resources.member.active')}</Tag> : <Tag>{t('resources.member.inactive')}</Tag>),
    },
    {
      title: t('resources.member.skills'),
      key: 'skills',
      render: (_, m) =>
        m.skills.length ? (
          <span className="sw-res-tags">
            {m.skills.map((s) => (
              <Tag key={s} bordered={false} className="sw-res-tag">
                {s}
              </Tag>
            ))}
          </span>
        ) : (
          <span className="sw-res-muted">—</span>
        ),
    },
    {
      title: t('resources.member.certificates'),
      key: 'certificates',
      render: (_, m) =>
        m.certificates.length ? (
          <ul className="sw-res-cert-list">
            {m.certificates.map((c) => {
              const expired = c.expiresOn !== undefined && c.expiresOn < now;
              return (
                <li key={`${c.name}:${c.number ?? ''}`}>
                  {c.name}
                  {c.number && <Typography.Text type="secondary"> {c.number}</Typography.Text>}
                  {c.expiresOn && (
                    <Typography.Text type={expired ? 'danger' : 'secondary'}>
                      {' '}
                      {t('resources.member.expiresOn', { date: c.expiresOn })}
                      {expired && `（${t('resources.member.expired')}）`}
                    </Typography.Text>
                  )}
                </li>
              );
            })}
          </ul>
        ) : (
          <span className="sw-res-muted">—</span>
        ),
    },
  ];
  if (manage) {
    columns.push({
      title: t('resources.common.actions'),
      key: 'actions',
      width: 110,
      fixed: 'right',
      render: (_, m) =>
        m.active ? (
          <Popconfirm title={t('resources.member.confirmInactive', { name: m.name })} onConfirm={() => setActive(m, false)}>
            <Button type="link" size="small">
              {t('resources.member.setInactive')}
            </Button>
          </Popconfirm>
        ) : (
          <Button type="link" size="small" onClick={() => setActive(m, true)}>
            {t('resources.member.setActive')}
          </Button>
        ),
    });
  }
  const table = (
    <Table<TeamMember>
      className="sw-res-table sw-res-members-table"
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={members}
      rowClassName={(m) => (m.active ? '' : 'sw-res-row-inactive')}
      scroll={{ x: 'max-content' }}
      pagination={{ pageSize: 20, hideOnSinglePage: true, size: 'small' }}
      locale={{ emptyText: t('resources.team.noMembers') }}
    />
  );
  if (!manage) return table;
  return (
    <>
      <div className="sw-res-table-actions">
        <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} className="sw-res-add-member">
          {t('resources.member.add')}
        </Button>
      </div>
      <ApiErrorAlert className="sw-res-alert" error={update.error} onClose={() => update.reset()} />
      {table}
      <MemberFormModal teamId={manage.teamId} teamName={manage.teamName} open={adding} onClose={() => setAdding(false)} />
    </>
  );
}
