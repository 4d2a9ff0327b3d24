import type { MyCallout } from '@shouwang/contracts';
import { Empty, Pagination, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { ApiErrorAlert } from '../../../../components/api-error-alert';
import { useI18n } from '../../../../lib/i18n';
import { useMyCallouts } from '../api/callout-queries';
import { useMyCalloutsLive } from '../use-callout-live';
import { MyCalloutCard } from './my-callout-card';
import '../../warnings.css';
import '../callout.css';
import './my-callouts.css';

const PAGE = 20;

/** Still owes 收到 or 反馈, and the call-out is still running. */
const isOpen = (c: MyCallout) => c.recipient.state !== 'stopped' && (!c.recipient.acknowledgedAt || !c.recipient.feedbackAt);

/**
 * 我的叫应: the warnings calling the signed-in person as a responsible person (防汛责任人, 村社区责任人 …),
 * what is waiting for their answer on top, their own history below. Made for a phone in the hand.
 */
export function MyCalloutsPage() {
  const { t } = useI18n();
  const [page, setPage] = useState(1);
  const refetchInterval = useMyCalloutsLive(true);
  const list = useMyCallouts({ limit: PAGE, offset: (page - 1) * PAGE }, refetchInterval);
  const items = list.data?.items ?? [];
  const open = items.filter(isOpen);
  const done = items.filter((c) => !isOpen(c));

  return (
    <div className="sw-page sw-callout-mine">
      <Typography.Title level={3}>{t('callouts.mine.title')}</Typography.Title>
      <Typography.Paragraph type="secondary" className="sw-callout-mine-intro">
        {t('callouts.mine.intro')}
      </Typography.Paragraph>
      <ApiErrorAlert error={list.error} />
      {!list.data && !list.error && <Skeleton active paragraph={{ rows: 6 }} />}
      {list.data && items.length === 0 && <Empty description={t('callouts.mine.empty')} />}
      {open.length > 0 && (
        <section className="sw-callout-mine-open">
          <h4 className="sw-callout-mine-section">{t('callouts.mine.open', { count: open.length })}</h4>
          {open.map((c) => (
            <MyCalloutCard key={c.recipient.id} item={c} />
          ))}
        </section>
      )}
      {done.length > 0 && (
        <section className="sw-callout-mine-history">
          <h4 className="sw-callout-mine-section">{t('callouts.mine.history')}</h4>
          {done.map((c) => (
            <MyCalloutCard key={c.recipient.id} item={c} />
          ))}
        </section>
      )}
      {(list.data?.total ?? 0) > PAGE && <Pagination size="small" current={page} pageSize={PAGE} total={list.data?.total ?? 0} onChange={setPage} showSizeChanger={false} />}
    </div>
  );
}
