import type { TeamStatusEntry } from '@shouwang/contracts';
import { Empty, Timeline, Typography } from 'antd';
import { useI18n } from '../../../lib/i18n';
import { formatDateTime } from '../../../lib/format';
import { TeamStatusTag } from '../components/team-status-tag';
import { TEAM_STATUS_DOT } from '../map/resource-kinds';

/** Readiness changes, newest first, with who changed it and why. */
export function TeamStatusTimeline({ history }: { history: TeamStatusEntry[] }) {
  const { t, language } = useI18n();
  if (history.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('resources.team.noHistory')} />;
  return (
    <Timeline
      className="sw-res-history"
      items={history.map((entry, index) => ({
        key: `${entry.at}:${index}`,
        color: TEAM_STATUS_DOT[entry.status],
        content: (
          <div className="sw-res-history-entry">
            <div>
              <TeamStatusTag status={entry.status} />
              <Typography.Text type="secondary">{formatDateTime(entry.at, language)}</Typography.Text>
              {entry.actorName && <Typography.Text type="secondary"> · {t('resources.team.historyBy', { actor: entry.actorName })}</Typography.Text>}
            </div>
            {entry.note && <div className="sw-res-history-note">{entry.note}</div>}
          </div>
        ),
      }))}
    />
  );
}
