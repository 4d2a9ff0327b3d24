import { EditOutlined } from '@ant-design/icons';
import type { TeamDetail } from '@shouwang/contracts';
import { Button, Drawer, Grid, Skeleton, Space, Tabs, Typography } from 'antd';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { useI18n } from '../../../lib/i18n';
import { useHasPermission } from '../../auth/use-current-user';
import { useTeam } from '../api/get-team';
import { ExportMenu } from '../components/export-menu';
import { TeamStatusTag } from '../components/team-status-tag';
import { TeamEquipmentTable } from './team-equipment-table';
import { TeamMembersTable } from './team-members-table';
import { TeamOverview } from './team-overview';
import { TeamStatusForm } from './team-status-form';
import { TeamStatusTimeline } from './team-status-timeline';

interface TeamDrawerProps {
  id: string | null;
  onClose: () => void;
  /** Given to users who may edit the team (resource.manage). */
  onEdit?: (team: TeamDetail) => void;
}

/** A team's file: overview, roster, equipment and readiness history; status changes for managers. */
export function TeamDrawer({ id, onClose, onEdit }: TeamDrawerProps) {
  const { t } = useI18n();
  const screens = Grid.useBreakpoint();
  const canManage = useHasPermission('resource.manage');
  const team = useTeam(id);
  const d = team.data;

  return (
    <Drawer
      open={id !== null}
      onClose={onClose}
      size={screens.md ? 780 : '100%'}
      className="sw-res-drawer sw-res-team-drawer"
      title={
        d ? (
          <Space size={8} wrap>
            <span>{d.name}</span>
            <TeamStatusTag status={d.status} />
          </Space>
        ) : (
          t('common.loading')
        )
      }
      extra={
        d ? (
          <Space size={8}>
            {onEdit && (
              <Button icon={<EditOutlined />} onClick={() => onEdit(d)} className="sw-res-edit">
                {t('resources.form.edit')}
              </Button>
            )}
            <ExportMenu collection="members" filters={{ teamId: d.id }} label={t('resources.export.teamMembers')} />
          </Space>
        ) : undefined
      }
      destroyOnHidden
    >
      <ApiErrorAlert className="sw-res-alert" error={team.error} />
      {!d && !team.error && <Skeleton active paragraph={{ rows: 10 }} />}
      {d && (
        <>
          {canManage && <TeamStatusForm team={d} />}
          <Tabs
            className="sw-res-drawer-tabs"
            items={[
              { key: 'overview', label: t('resources.team.overview'), children: <TeamOverview team={d} /> },
              {
                key: 'members',
                label: `${t('resources.team.members')} (${d.members.length})`,
                children: <TeamMembersTable members={d.members} manage={canManage ? { teamId: d.id, teamName: d.name } : undefined} />,
              },
              {
                key: 'equipment',
                label: `${t('resources.team.equipment')} (${d.equipment.length})`,
                children: <TeamEquipmentTable equipment={d.equipment} />,
              },
              {
                key: 'history',
                label: `${t('resources.team.history')} (${d.history.length})`,
                children: <TeamStatusTimeline history={d.history} />,
              },
            ]}
          />
          <Typography.Paragraph type="secondary" className="sw-res-drawer-foot">
            ID <span className="sw-res-code">{d.id}</span>
          </Typography.Paragraph>
        </>
      )}
    </Drawer>
  );
}
