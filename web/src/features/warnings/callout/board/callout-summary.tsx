import { DashboardOutlined } from '@ant-design/icons';
import { Skeleton, Typography } from 'antd';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../../../components/api-error-alert';
import { useI18n } from '../../../../lib/i18n';
import { percent, share } from '../callout-labels';
import { useCalloutBoard } from '../api/callout-queries';
import { useCalloutBoardLive } from '../use-callout-live';
import { BoardFigures } from './board-figures';
import '../callout.css';
import './board.css';

/** In the warning's file: the call-out at a glance, and the way to the full 叫应看板. */
export function CalloutSummary({ warningId }: { warningId: string }) {
  const { t } = useI18n();
  const refetchInterval = useCalloutBoardLive(warningId);
  const board = useCalloutBoard(warningId, refetchInterval);
  const b = board.data;
  return (
    <div className="sw-callout-summary" data-warning-id={warningId}>
      <Typography.Title level={5} className="sw-warn-section-title">
        {t('callouts.summary.title')}
        <Link to={`/warnings/${warningId}/callout`} className="sw-callout-open-board">
          <DashboardOutlined /> {t('callouts.summary.open')}
        </Link>
      </Typography.Title>
      <ApiErrorAlert error={board.error} />
      {!b && !board.error && <Skeleton active paragraph={{ rows: 2 }} />}
      {b && (
        <>
          <BoardFigures board={b} compact />
          <div className="sw-muted sw-callout-summary-line">
            {t('callouts.summary.coverage', {
              reached: percent(share(b.coverage.persons.reached30, b.coverage.persons.total)),
              acked: percent(share(b.coverage.persons.ack30, b.coverage.persons.total)),
              regions: percent(share(b.coverage.regions.reached30, b.coverage.regions.total)),
            })}
          </div>
        </>
      )}
    </div>
  );
}
