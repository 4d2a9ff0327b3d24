import { EnvironmentOutlined } from '@ant-design/icons';
import type { Warning } from '@shouwang/contracts';
import { Button, Card, Empty, Pagination, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ApiErrorAlert } from '../../../components/api-error-alert';
import { formatDateTime } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useSelectedRegion } from '../../regions/selected-region-context';
import { useWarnings } from '../api/list-warnings';
import { WarningLevelTag } from '../components/level-tag';
import { TargetAreas } from '../components/target-areas';
import { warningTypeName } from '../components/type-name';
import { useIsAuthor, WarningActions } from '../components/warning-actions';
import { levelColour } from '../labels';

const PAGE_SIZE = 20;

/**
 * 审核队列: warnings waiting for review in the header's region, oldest request first in view, each
 * approved or sent back in one click. The reviewer's own drafts are listed too, with the buttons
 * disabled and the four-eyes rule said beside them.
 */
export function ApprovalQueue({ onOpen }: { onOpen: (id: string) => void }) {
  const { t } = useI18n();
  const { region } = useSelectedRegion();
  const [paging, setPaging] = useState({ page: 1, region: region?.code });
  const page = paging.region === region?.code ? paging.page : 1;
  const pending = useWarnings({ regionCode: region?.code, status: 'pending_review', limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }, region !== null);
  const items = pending.data?.items ?? [];

  return (
    <div className="sw-warn-queue">
      <div className="sw-warn-toolbar">
        {region && (
          <Tag icon={<EnvironmentOutlined />} color="blue" className="sw-warn-region-tag" data-region-code={region.code}>
            {region.name}
          </Tag>
        )}
        <Typography.Text type="secondary" className="sw-warn-small">
          {t('warnings.queue.hint')}
        </Typography.Text>
      </div>
      <ApiErrorAlert className="sw-warn-alert" error={pending.error} />
      {!pending.data && !pending.error && <Skeleton active paragraph={{ rows: 4 }} />}
      {pending.data && items.length === 0 && <Empty className="sw-warn-queue-empty" description={t('warnings.queue.empty')} />}
      <div className="sw-warn-queue-items">
        {items.map((w) => (
          <QueueItem key={w.id} warning={w} onOpen={onOpen} />
        ))}
      </div>
      {(pending.data?.total ?? 0) > PAGE_SIZE && (
        <Pagination
          className="sw-warn-pagination"
          size="small"
          current={page}
          pageSize={PAGE_SIZE}
          total={pending.data?.total ?? 0}
          showTotal={(total) => t('warnings.common.total', { total })}
          onChange={(next) => setPaging({ page: next, region: region?.code })}
        />
      )}
    </div>
  );
}

function QueueItem({ warning: w, onOpen }: { warning: Warning; onOpen: (id: string) => void }) {
  const { t, language } = useI18n();
  const mine = useIsAuthor(w);
  return (
    <Card
      size="small"
      className="sw-warn-queue-item"
      style={{ borderLeftColor: levelColour(w.level).fill }}
      data-warning-id={w.id}
      data-mine={mine ? 'true' : 'false'}
    >
      <div className="sw-warn-queue-head">
        <WarningLevelTag level={w.level} />
        <Button type="link" className="sw-warn-link sw-warn-open" onClick={() => onOpen(w.id)}>
          {w.headline}
        </Button>
        {mine && <Tag className="sw-warn-mine">{t('warnings.queue.mine')}</Tag>}
      </div>
      <div className="sw-warn-queue-meta sw-warn-small">
        <span>{warningTypeName(w.type, language)}</span>
        <span className="sw-warn-version">v{w.version}</span>
        <TargetAreas areas={w.areas} max={4} />
        <span className="sw-muted">
          {w.author?.name} · {formatDateTime(w.submittedAt, language)}
        </span>
      </div>
      <Typography.Paragraph className="sw-warn-queue-text" ellipsis={{ rows: 2 }}>
        {w.description}
      </Typography.Paragraph>
      <WarningActions warning={w} size="middle" onOpen={onOpen} />
    </Card>
  );
}
