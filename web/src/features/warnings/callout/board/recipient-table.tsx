import type { AckVia, CalloutPolicy, Recipient } from '@shouwang/contracts';
import { Button, Popover, Space, Table, Tag, Tooltip, type TableColumnsType } from 'antd';
import { PhoneLink } from '../../../../components/phone-link';
import { formatReadingTime } from '../../../../lib/format';
import { useI18n, type MessageKey } from '../../../../lib/i18n';
import { useNow } from '../../../../lib/use-now';
import { lateness, roleLabel, STATE_TAG, stateKey } from '../callout-labels';
import { FeedbackView } from '../feedback-view';
import { ChannelTrail } from './channel-trail';
import { ProxyAcknowledge, RecallButton } from './recipient-actions';

const VIA_KEY: Record<AckVia, MessageKey> = { app: 'callouts.via.app', sms: 'callouts.via.sms', voice: 'callouts.via.voice', duty_phone: 'callouts.via.duty_phone' };

interface RecipientTableProps {
  recipients: Recipient[];
  publishedAt: string | null;
  policy: CalloutPolicy | undefined;
  canWrite: boolean;
}

/** The persons of one region: who, how they were tried, whether and how they answered, and what to do now. */
export function RecipientTable({ recipients, publishedAt, policy, canWrite }: RecipientTableProps) {
  const { t, language, pick } = useI18n();
  const now = useNow();
  const time = (iso: string | null) => formatReadingTime(iso, language);

  const columns: TableColumnsType<Recipient> = [
    {
      title: t('callouts.col.state'),
      key: 'state',
      width: 116,
      render: (_, r) => {
        const late = lateness(r, publishedAt, policy, now);
        return (
          <Space size={2} orientation="vertical">
            <Tag color={STATE_TAG[r.state]} className="sw-callout-state">
              {t(stateKey(r.state))}
            </Tag>
            {late && <span className={`sw-callout-late sw-callout-late--${late}`}>{t(late === 'wake' ? 'callouts.late.wake' : 'callouts.late.feedback')}</span>}
          </Space>
        );
      },
    },
    {
      title: t('callouts.col.person'),
      key: 'person',
      width: 200,
      render: (_, r) => (
        <div className="sw-callout-person">
          <span className="sw-callout-name">{r.name}</span>
          {r.escalatedFromId && <Tag className="sw-callout-superior-tag">{t('callouts.superiorCalled')}</Tag>}
          <div className="sw-muted sw-callout-role">
            {roleLabel(r.role, pick)}
            {r.post ? ` · ${r.post}` : ''}
          </div>
        </div>
      ),
    },
    { title: t('callouts.col.phone'), key: 'phone', width: 132, render: (_, r) => <PhoneLink phone={r.phone} /> },
    { title: t('callouts.col.trail'), key: 'trail', render: (_, r) => <ChannelTrail recipient={r} /> },
    {
      title: t('callouts.col.answer'),
      key: 'answer',
      width: 190,
      render: (_, r) => {
        if (!r.acknowledgedAt) return r.stopReason ? <span className="sw-muted">{r.stopReason}</span> : <span className="sw-muted">—</span>;
        return (
          <div className="sw-callout-answer" data-via={r.ackVia ?? ''}>
            <Tooltip title={r.ackNote ? `${r.ackBy ?? ''}：${r.ackNote}` : r.ackBy}>
              <span>
                {time(r.acknowledgedAt)} · {r.ackVia ? t(VIA_KEY[r.ackVia]) : ''}
              </span>
            </Tooltip>
            {r.feedback && (
              <Popover content={<FeedbackView recipient={r} />} title={t('callouts.feedback.title', { name: r.name })} trigger="click">
                <Button type="link" size="small" className="sw-callout-feedback-link">
                  {t('callouts.feedback.show', { time: time(r.feedbackAt) })}
                </Button>
              </Popover>
            )}
          </div>
        );
      },
    },
    ...(canWrite
      ? [
          {
            title: t('callouts.col.actions'),
            key: 'actions',
            width: 196,
            render: (_: unknown, r: Recipient) =>
              r.state === 'stopped' || r.state === 'feedback' ? null : (
                <Space size={4} wrap>
                  <RecallButton ids={[r.id]} label={t('callouts.recall.one')} className="sw-callout-recall" />
                  <ProxyAcknowledge recipient={r} />
                </Space>
              ),
          },
        ]
      : []),
  ];

  return (
    <Table<Recipient>
      className="sw-callout-table"
      size="small"
      rowKey="id"
      pagination={false}
      columns={columns}
      dataSource={recipients}
      scroll={{ x: canWrite ? 1100 : 900 }}
      rowClassName={(r) => {
        const late = lateness(r, publishedAt, policy, now);
        return `sw-callout-row${late ? ` sw-callout-row--late sw-callout-row--late-${late}` : ''}`;
      }}
      onRow={(r) => ({ 'data-recipient-id': r.id, 'data-state': r.state, 'data-name': r.name }) as React.HTMLAttributes<HTMLElement>}
    />
  );
}
