import type { CalloutBoard } from '@shouwang/contracts';
import { useI18n, type MessageKey } from '../../../../lib/i18n';

const CHANNEL_KEY: Record<CalloutBoard['channels'][number]['channel'], MessageKey> = {
  app: 'callouts.channel.app',
  sms: 'callouts.channel.sms',
  voice: 'callouts.channel.voice',
  broadcast: 'callouts.channel.broadcast',
  webhook: 'callouts.channel.webhook',
};
const ORDER = ['app', 'sms', 'voice', 'broadcast', 'webhook'];

/** Per channel: how many messages wait, went out, arrived, failed (public SMS included). */
export function ChannelSummary({ board }: { board: CalloutBoard }) {
  const { t } = useI18n();
  const channels = [...board.channels].sort((a, b) => ORDER.indexOf(a.channel) - ORDER.indexOf(b.channel));
  if (!channels.length) return null;
  return (
    <div className="sw-callout-channels">
      {channels.map((c) => (
        <div key={c.channel} className="sw-callout-channel" data-channel={c.channel}>
          <span className="sw-callout-channel-name">{t(CHANNEL_KEY[c.channel])}</span>
          <span>{t('callouts.channels.delivered', { count: c.delivered })}</span>
          {c.queued + c.sent > 0 && <span className="sw-muted">{t('callouts.channels.inFlight', { count: c.queued + c.sent })}</span>}
          {c.failed > 0 && <span className="sw-callout-note--bad">{t('callouts.channels.failed', { count: c.failed })}</span>}
        </div>
      ))}
    </div>
  );
}
