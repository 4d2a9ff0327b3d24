import { ArrowRightOutlined } from '@ant-design/icons';
import type { Delivery, Recipient } from '@shouwang/contracts';
import { Tooltip } from 'antd';
import { Fragment } from 'react';
import { formatReadingTime } from '../../../../lib/format';
import { useI18n, type MessageKey } from '../../../../lib/i18n';

/** The order a person is tried in: the app, then SMS, then a voice call, then their superior. */
const TRAIL = ['app', 'sms', 'voice'] as const;
type TrailChannel = (typeof TRAIL)[number];

const CHANNEL_KEY: Record<TrailChannel, MessageKey> = { app: 'callouts.channel.app', sms: 'callouts.channel.sms', voice: 'callouts.channel.voice' };
const DELIVERY_KEY: Record<Delivery['state'], MessageKey> = {
  queued: 'callouts.delivery.queued',
  sending: 'callouts.delivery.sending',
  sent: 'callouts.delivery.sent',
  delivered: 'callouts.delivery.delivered',
  failed: 'callouts.delivery.failed',
  cancelled: 'callouts.delivery.cancelled',
};

const latest = (deliveries: Delivery[]) => deliveries.reduce<Delivery | null>((last, d) => (!last || d.queuedAt >= last.queuedAt ? d : last), null);

/** A voice call that rang out is "delivered" to the network but nobody answered: say so. */
function deliveryKey(d: Delivery): MessageKey {
  if (d.channel === 'voice' && d.state === 'delivered' && d.answered === false) return 'callouts.delivery.unanswered';
  return DELIVERY_KEY[d.state];
}

/** app → 短信 → 语音 → 上级, each with its latest state, the reason of a failure and the number of attempts. */
export function ChannelTrail({ recipient: r }: { recipient: Recipient }) {
  const { t, language } = useI18n();
  const steps = TRAIL.map((channel) => ({ channel, all: r.deliveries.filter((d) => d.channel === channel) })).filter((s) => s.all.length > 0);
  return (
    <span className="sw-callout-trail">
      {steps.map(({ channel, all }, i) => {
        const d = latest(all)!;
        const failed = d.state === 'failed' || (channel === 'voice' && d.answered === false);
        const when = d.deliveredAt ?? d.failedAt ?? d.sentAt ?? d.queuedAt;
        return (
          <Fragment key={channel}>
            {i > 0 && <ArrowRightOutlined className="sw-callout-trail-arrow" />}
            <Tooltip title={`${t(deliveryKey(d))} · ${formatReadingTime(when, language)}${d.reason ? ` · ${d.reason}` : ''}`}>
              <span className={`sw-callout-hop sw-callout-hop--${failed ? 'failed' : d.state}`} data-channel={channel} data-state={d.state}>
                {t(CHANNEL_KEY[channel])}
                {all.length > 1 && <sup>×{all.length}</sup>} {t(deliveryKey(d))}
                {d.reason && <span className="sw-callout-hop-reason">（{d.reason}）</span>}
              </span>
            </Tooltip>
          </Fragment>
        );
      })}
      {r.escalatedAt && (
        <>
          <ArrowRightOutlined className="sw-callout-trail-arrow" />
          <span className="sw-callout-hop sw-callout-hop--escalated" data-channel="superior">
            {t('callouts.channel.superior', { time: formatReadingTime(r.escalatedAt, language) })}
          </span>
        </>
      )}
    </span>
  );
}
