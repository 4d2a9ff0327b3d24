import { ArrowLeftOutlined, FullscreenExitOutlined, FullscreenOutlined } from '@ant-design/icons';
import type { Warning } from '@shouwang/contracts';
import { Alert, Badge, Button, Result, Skeleton, Space } from 'antd';
import { useState, useSyncExternalStore } from 'react';
import { Link, useParams } from 'react-router';
import { ApiErrorAlert } from '../../../../components/api-error-alert';
import { formatDateTime, formatDuration } from '../../../../lib/format';
import { useI18n } from '../../../../lib/i18n';
import { useNow } from '../../../../lib/use-now';
import { useCurrentUser } from '../../../auth/use-current-user';
import { useWarning } from '../../api/get-warning';
import { WarningLevelTag } from '../../components/level-tag';
import { WarningStatusTag } from '../../components/status-tag';
import { levelColour } from '../../labels';
import { useCalloutBoard, useCalloutPolicy } from '../api/callout-queries';
import { useCalloutBoardLive } from '../use-callout-live';
import { BoardFigures } from './board-figures';
import { BoardFilters, NO_FILTERS, type BoardFilterValue } from './board-filters';
import { ChannelSummary } from './channel-summary';
import { CoverageWindows } from './coverage-windows';
import { LevelSection } from './level-section';
import '../../warnings.css';
import '../callout.css';
import './board.css';
import './recipients.css';

/**
 * 叫应看板: one published warning's call-out, for the duty officer's screen (or the wall): who has and
 * has not answered, per region level, with one-click re-call. Follows the live channel without reload.
 */
export function CalloutBoardPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const user = useCurrentUser();
  const warning = useWarning(id);
  if (!user.permissions.includes('warning.read')) return <Alert className="sw-page" type="info" showIcon title={t('warnings.noPermission')} />;
  if (warning.error) return <ApiErrorAlert className="sw-page" error={warning.error} />;
  if (!warning.data) return <Skeleton className="sw-page" active paragraph={{ rows: 8 }} />;
  return <Board warning={warning.data} canWrite={user.permissions.includes('warning.write')} />;
}

function Board({ warning: w, canWrite }: { warning: Warning; canWrite: boolean }) {
  const { t, language } = useI18n();
  const refetchInterval = useCalloutBoardLive(w.id);
  const board = useCalloutBoard(w.id, refetchInterval);
  const policy = useCalloutPolicy(w.regionCode);
  const [filters, setFilters] = useState<BoardFilterValue>(NO_FILTERS);
  const now = useNow();
  const colour = levelColour(w.level);
  const b = board.data;
  const end = b?.stoppedAt ? Date.parse(b.stoppedAt) : now;
  const elapsedMs = w.publishedAt ? end - Date.parse(w.publishedAt) : null;
  const levels = (b?.byLevel ?? []).filter((l) => filters.level === 'all' || l.regionLevel === filters.level);

  return (
    <div className="sw-page sw-callout-page" data-warning-id={w.id} data-live={refetchInterval === false ? 'sse' : 'polling'}>
      <div className="sw-callout-band" style={{ background: colour.fill, color: colour.text }}>
        <div className="sw-callout-band-main">
          <WarningLevelTag level={w.level} large />
          <h2 className="sw-callout-headline">{w.headline}</h2>
          <WarningStatusTag status={w.status} />
        </div>
        <div className="sw-callout-band-side">
          <div className="sw-callout-elapsed" title={t('callouts.board.publishedAt', { time: formatDateTime(w.publishedAt, language) })}>
            <span className="sw-callout-elapsed-label">{b?.stoppedAt ? t('callouts.board.lasted') : t('callouts.board.elapsed')}</span>
            <span className="sw-callout-elapsed-value">{elapsedMs === null ? '—' : formatDuration(elapsedMs)}</span>
          </div>
          <span className="sw-callout-live">
            <Badge status={refetchInterval === false ? 'processing' : 'warning'} />
            {refetchInterval === false ? t('callouts.board.live') : t('callouts.board.polling')}
          </span>
        </div>
      </div>
      <Space className="sw-callout-toolbar" wrap size={8}>
        <Link to={`/warnings?warning=${w.id}`} className="sw-callout-back">
          <ArrowLeftOutlined /> {t('callouts.board.back')}
        </Link>
        <FullscreenButton />
        <span className="sw-muted">{t('callouts.board.publishedAt', { time: formatDateTime(w.publishedAt, language) })}</span>
        {policy.data && <span className="sw-muted">{t('callouts.board.policy', { read: policy.data.policy.readTimeoutMin, wake: policy.data.policy.wakeDeadlineMin, feedback: policy.data.policy.feedbackMin })}</span>}
      </Space>
      {!w.publishedAt && <Result status="info" title={t('callouts.board.notPublished')} />}
      {b?.stoppedAt && <Alert className="sw-callout-stopped" type="info" showIcon title={t('callouts.board.stopped', { time: formatDateTime(b.stoppedAt, language) })} />}
      <ApiErrorAlert error={board.error} />
      {w.publishedAt && !b && !board.error && <Skeleton active paragraph={{ rows: 6 }} />}
      {b && (
        <>
          <BoardFigures board={b} />
          <div className="sw-callout-overview">
            <CoverageWindows board={b} elapsedMin={elapsedMs === null || b.stoppedAt ? null : elapsedMs / 60_000} />
            <ChannelSummary board={b} />
          </div>
          <BoardFilters board={b} value={filters} onChange={setFilters} />
          {levels.map((level) => (
            <LevelSection
              key={`${level.regionLevel}:${JSON.stringify(filters)}`}
              warningId={w.id}
              level={level}
              filters={filters}
              publishedAt={w.publishedAt}
              policy={policy.data?.policy}
              canWrite={canWrite && !b.stoppedAt}
              refetchInterval={refetchInterval}
            />
          ))}
        </>
      )}
    </div>
  );
}

const onFullscreenChange = (listener: () => void) => {
  document.addEventListener('fullscreenchange', listener);
  return () => document.removeEventListener('fullscreenchange', listener);
};

/** For the wall screen: the board alone on the whole display. */
function FullscreenButton() {
  const { t } = useI18n();
  const full = useSyncExternalStore(onFullscreenChange, () => document.fullscreenElement !== null);
  if (!document.fullscreenEnabled) return null;
  const toggle = () => void (document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen()).catch(() => undefined);
  return (
    <Button size="small" icon={full ? <FullscreenExitOutlined /> : <FullscreenOutlined />} onClick={toggle}>
      {full ? t('callouts.board.exitFullscreen') : t('callouts.board.fullscreen')}
    </Button>
  );
}
