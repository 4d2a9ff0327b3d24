import type { CalloutBoard, CalloutPolicy, Recipient } from '@shouwang/contracts';
import { Empty, Pagination, Progress, Skeleton } from 'antd';
import { useState } from 'react';
import { ApiErrorAlert } from '../../../../components/api-error-alert';
import { useI18n } from '../../../../lib/i18n';
import { useRecipients, type RefetchInterval } from '../api/callout-queries';
import { byUrgency, isUnanswered, regionLevelKey } from '../callout-labels';
import type { BoardFilterValue } from './board-filters';
import { RecallButton } from './recipient-actions';
import { RecipientTable } from './recipient-table';

/** A level rarely holds more; beyond it the section pages. */
const PAGE = 500;

interface LevelSectionProps {
  warningId: string;
  level: CalloutBoard['byLevel'][number];
  filters: BoardFilterValue;
  publishedAt: string | null;
  policy: CalloutPolicy | undefined;
  canWrite: boolean;
  refetchInterval: RefetchInterval;
}

interface RegionGroup {
  code: string;
  name: string;
  people: Recipient[];
  open: Recipient[];
}

/** Regions with someone still unanswered come first; inside a region, the unanswered first. */
function groupByRegion(recipients: Recipient[]): RegionGroup[] {
  const groups = new Map<string, RegionGroup>();
  for (const r of recipients) {
    const g = groups.get(r.regionCode) ?? { code: r.regionCode, name: r.regionName, people: [], open: [] };
    g.people.push(r);
    if (isUnanswered(r.state)) g.open.push(r);
    groups.set(r.regionCode, g);
  }
  const list = [...groups.values()];
  list.forEach((g) => g.people.sort(byUrgency));
  return list.sort((a, b) => Number(b.open.length > 0) - Number(a.open.length > 0) || a.code.localeCompare(b.code));
}

/** One region level (市, 旗县区, 乡镇街道, 村社区): its totals, then its regions with their persons. */
export function LevelSection({ warningId, level, filters, publishedAt, policy, canWrite, refetchInterval }: LevelSectionProps) {
  const { t } = useI18n();
  const [page, setPage] = useState(1);
  const serverState = filters.state === 'all' || filters.state === 'open' ? undefined : filters.state;
  const list = useRecipients(warningId, { regionLevel: level.regionLevel, state: serverState, q: filters.q || undefined, limit: PAGE, offset: (page - 1) * PAGE }, refetchInterval);
  const shown = (list.data?.items ?? []).filter((r) => (filters.role === 'all' || r.role === filters.role) && (filters.state !== 'open' || isUnanswered(r.state)));
  const groups = groupByRegion(shown);
  const ackShare = level.persons ? Math.round((level.acknowledged / level.persons) * 100) : 0;

  return (
    <section className="sw-callout-level" data-region-level={level.regionLevel}>
      <header className="sw-callout-level-head">
        <h3>{t(regionLevelKey(level.regionLevel))}</h3>
        <span className="sw-callout-level-counts" data-persons={level.persons} data-acknowledged={level.acknowledged}>
          {t('callouts.level.counts', { regions: level.regions, persons: level.persons, reached: level.reached, acknowledged: level.acknowledged, feedback: level.feedback })}
        </span>
        <Progress className="sw-callout-level-progress" percent={ackShare} size="small" status={ackShare >= 90 ? 'success' : 'active'} />
      </header>
      <ApiErrorAlert error={list.error} />
      {!list.data && !list.error && <Skeleton active paragraph={{ rows: 3 }} />}
      {list.data && groups.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('callouts.level.none')} />}
      {groups.map((g) => (
        <div key={g.code} className="sw-callout-region" data-region-code={g.code} data-open={g.open.length}>
          <div className="sw-callout-region-head">
            <span className="sw-callout-region-name">{g.name}</span>
            <span className={g.open.length ? 'sw-callout-note--bad' : 'sw-muted'}>
              {g.open.length ? t('callouts.region.open', { open: g.open.length, total: g.people.length }) : t('callouts.region.allAnswered', { total: g.people.length })}
            </span>
            {canWrite && g.open.length > 0 && (
              <RecallButton ids={g.open.filter((r) => r.state !== 'stopped').map((r) => r.id)} label={t('callouts.recall.region', { count: g.open.length })} className="sw-callout-recall-region" />
            )}
          </div>
          <RecipientTable recipients={g.people} publishedAt={publishedAt} policy={policy} canWrite={canWrite} />
        </div>
      ))}
      {(list.data?.total ?? 0) > PAGE && (
        <Pagination size="small" current={page} pageSize={PAGE} total={list.data?.total ?? 0} onChange={setPage} showSizeChanger={false} className="sw-callout-pagination" />
      )}
    </section>
  );
}
