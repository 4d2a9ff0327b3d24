import type { TeamStatus } from '@shouwang/contracts';
import { Tag } from 'antd';
import { useI18n } from '../../../lib/i18n';
import { TEAM_STATUS_COLOR, teamStatusLabel } from '../labels';

export function TeamStatusTag({ status }: { status: TeamStatus }) {
  const { pick } = useI18n();
  return (
    <Tag color={TEAM_STATUS_COLOR[status]} className="sw-res-status" data-status={status}>
      {pick(teamStatusLabel(status))}
    </Tag>
  );
}
