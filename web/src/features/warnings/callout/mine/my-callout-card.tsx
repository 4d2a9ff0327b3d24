import { CheckCircleOutlined, FormOutlined } from '@ant-design/icons';
import type { MyCallout } from '@shouwang/contracts';
import { Alert, App, Button, Steps } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { ApiErrorAlert } from '../../../../components/api-error-alert';
import { formatDateTime } from '../../../../lib/format';
import { useI18n } from '../../../../lib/i18n';
import { WarningLevelTag } from '../../components/level-tag';
import { levelColour } from '../../labels';
import { useAcknowledge, useMarkRead } from '../api/callout-answers';
import { roleLabel } from '../callout-labels';
import { FeedbackView } from '../feedback-view';
import { FeedbackModal } from './feedback-modal';

/** One warning calling the user: what it says, what they must do, and the 收到 / 反馈 buttons. */
export function MyCalloutCard({ item }: { item: MyCallout }) {
  const { t, language, pick } = useI18n();
  const { message } = App.useApp();
  const { recipient: r, warning: w } = item;
  const ack = useAcknowledge();
  const read = useMarkRead();
  const [feedbackOpen, setFeedbackOpen] = useState(false);
  const marked = useRef(false);
  const stopped = r.state === 'stopped';
  const colour = levelColour(w.level);

  // Opening the page is reading the call-out (已读): the board sees it, the voice call may still follow.
  useEffect(() => {
    if (marked.current || r.readAt || stopped) return;
    marked.current = true;
    read.mutate(r.id);
  }, [r.id, r.readAt, stopped, read]);

  // Hours and minutes: four steps side by side on a phone leave no room for seconds.
  const clock = (iso: string | null) => (iso ? new Date(iso).toLocaleTimeString(language === 'en' ? 'en-GB' : 'zh-CN', { hour: '2-digit', minute: '2-digit', hour12: false }) : undefined);
  const steps = [
    { title: t('callouts.mine.step.reached'), at: r.reachedAt },
    { title: t('callouts.mine.step.read'), at: r.readAt },
    { title: t('callouts.mine.step.acknowledged'), at: r.acknowledgedAt },
    { title: t('callouts.mine.step.feedback'), at: r.feedbackAt },
  ];
  const current = steps.filter((s) => s.at).length;

  return (
    <article className="sw-callout-card" data-recipient-id={r.id} data-warning-id={w.id} data-state={r.state}>
      <div className="sw-callout-card-band" style={{ background: colour.fill, color: colour.text }}>
        <WarningLevelTag level={w.level} />
        <h3 className="sw-callout-card-headline">{w.headline}</h3>
      </div>
      <div className="sw-callout-card-body">
        <div className="sw-muted sw-callout-card-meta">
          {w.type.name} · {t('callouts.mine.publishedAt', { time: formatDateTime(w.publishedAt, language) })}
          <br />
          {t('callouts.mine.as', { region: r.regionName, role: roleLabel(r.role, pick) })}
        </div>
        <Steps
          className="sw-callout-card-steps"
          size="small"
          responsive={false}
          titlePlacement="vertical"
          current={current}
          items={steps.map((s) => ({ title: s.title, content: clock(s.at) }))}
        />
        {w.instruction && (
          <div className="sw-callout-instruction">
            <strong>{t('warnings.field.instruction')}：</strong>
            {w.instruction}
          </div>
        )}
        <details className="sw-callout-description">
          <summary>{t('warnings.field.description')}</summary>
          <p>{w.description}</p>
        </details>
        {stopped && <Alert type="info" showIcon title={t('callouts.mine.stopped', { reason: r.stopReason ?? '' })} />}
        {!stopped && !r.acknowledgedAt && (
          <Button
            type="primary"
            size="large"
            block
            danger
            icon={<CheckCircleOutlined />}
            className="sw-callout-ack"
            loading={ack.isPending}
            onClick={() => ack.mutate({ id: r.id, note: '' }, { onSuccess: () => void message.success(t('callouts.mine.acknowledged')) })}
          >
            {t('callouts.mine.ack')}
          </Button>
        )}
        {r.acknowledgedAt && (
          <div className="sw-callout-card-acked">
            <CheckCircleOutlined /> {t('callouts.mine.ackedAt', { time: clock(r.acknowledgedAt) ?? '' })}
          </div>
        )}
        {r.feedback && <FeedbackView recipient={r} />}
        {!stopped && r.acknowledgedAt && (
          <Button type={r.feedback ? 'default' : 'primary'} size="large" block icon={<FormOutlined />} className="sw-callout-feedback-open" onClick={() => setFeedbackOpen(true)}>
            {r.feedback ? t('callouts.mine.updateFeedback') : t('callouts.mine.feedback')}
          </Button>
        )}
        <ApiErrorAlert error={ack.error} onClose={() => ack.reset()} />
      </div>
      {feedbackOpen && <FeedbackModal recipient={r} onClose={() => setFeedbackOpen(false)} />}
    </article>
  );
}
