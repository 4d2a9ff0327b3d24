import type { LiveEvent } from '@shouwang/contracts';
import type { App } from 'antd';
import { isMessageKey, translate } from '../../lib/i18n';
import { noticePayload, SYSTEM_NOTICE_POSTED } from './live-event';

type NotificationApi = ReturnType<typeof App.useApp>['notification'];

const NOTICE_TYPE = { info: 'info', warning: 'warning', urgent: 'error' } as const;

/** Notices get a full toast; other known events a short, localised one. */
export function showLiveEventToast(notification: NotificationApi, event: LiveEvent): void {
  const notice = event.type === SYSTEM_NOTICE_POSTED ? noticePayload(event) : null;
  if (notice) {
    notification[NOTICE_TYPE[notice.level]]({
      key: event.id,
      className: `sw-live-toast sw-live-toast--${notice.level}`,
      title: (
        <span>
          <span className="sw-live-toast-kind">{translate(`live.notice.level.${notice.level}`)}</span>
          {notice.title}
        </span>
      ),
      description: (
        <div>
          <div className="sw-live-toast-body">{notice.body}</div>
          {notice.author && (
            <div className="sw-live-toast-meta">{translate('live.notice.author', { author: notice.author })}</div>
          )}
        </div>
      ),
      // Urgent notices stay until acknowledged.
      duration: notice.level === 'urgent' ? 0 : 10,
      props: { 'data-testid': 'live-notice', role: notice.level === 'urgent' ? 'alert' : 'status' },
    });
    return;
  }
  // Other events get a short line when we know how to say them; the rest stay silent (the header dot shows the channel is live).
  const key = `live.event.${event.type}`;
  if (!isMessageKey(key)) return;
  const vars = Object.fromEntries(Object.entries(event.payload).filter((e): e is [string, string | number] => typeof e[1] === 'string' || typeof e[1] === 'number'));
  notification.open({
    key: event.id,
    className: 'sw-live-toast sw-live-toast--event',
    title: translate('live.event.title'),
    description: translate(key, vars),
    duration: 4,
    props: { 'data-testid': 'live-event' },
  });
}
