import { ClockCircleOutlined } from '@ant-design/icons';
import type { ReportClock, ReportClockState } from '@shouwang/contracts';
import { Tooltip } from 'antd';
import { formatDateTime, formatDuration } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useNow } from '../../../lib/use-now';
import { CLOCK_COLOURS } from '../labels';

/**
 * A report still owed, counting down to its deadline: green, amber when its window is nearly used up
 * (the server's judgement at the last fetch), red once past it (also between fetches).
 */
export function ReportClockTag({ clock, compact = false }: { clock: ReportClock | null; compact?: boolean }) {
  const { t, language } = useI18n();
  const now = useNow();
  if (!clock) return <span className="sw-muted">{t('incidents.clock.none')}</span>;
  const left = new Date(clock.dueAt).getTime() - now;
  const state: ReportClockState = left <= 0 ? 'red' : clock.state;
  const text = left <= 0 ? t('incidents.clock.overdue', { time: formatDuration(-left) }) : t('incidents.clock.left', { time: formatDuration(left) });
  return (
    <Tooltip title={t('incidents.clock.due', { label: clock.label, time: formatDateTime(clock.dueAt, language) })}>
      <span className={`sw-inc-clock sw-inc-clock--${state}`} style={{ color: CLOCK_COLOURS[state], borderColor: CLOCK_COLOURS[state] }} data-state={state} data-kind={clock.kind}>
        <ClockCircleOutlined /> {!compact && <span className="sw-inc-clock-label">{clock.label}</span>} <span className="sw-inc-clock-time">{text}</span>
      </span>
    </Tooltip>
  );
}
