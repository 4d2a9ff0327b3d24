import { formatDuration } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useNow } from '../../../lib/use-now';

/** Time left before the ladder's next step; once it is due the server escalates within its next sweep. */
export function EscalationCountdown({ at }: { at: string | null }) {
  const { t } = useI18n();
  const now = useNow();
  if (!at) return <span className="sw-muted">—</span>;
  const left = Date.parse(at) - now;
  if (left <= 0) return <span className="sw-mon-countdown sw-mon-countdown--due">{t('monitoring.alarm.escalationDue')}</span>;
  return (
    <span className={`sw-mon-countdown${left < 60_000 ? ' sw-mon-countdown--soon' : ''}`} title={t('monitoring.alarm.nextEscalation')} data-next-escalation={at}>
      {formatDuration(left)}
    </span>
  );
}
