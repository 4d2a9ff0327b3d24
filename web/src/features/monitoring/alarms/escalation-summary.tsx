import type { Alarm } from '@shouwang/contracts';
import { Tag, Tooltip } from 'antd';
import { formatReadingTime } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { escalationTargetLabel } from '../labels';

/** 已升级 N 级 and the people told so far, or 未升级. */
export function EscalationSummary({ alarm }: { alarm: Alarm }) {
  const { t, pick, language } = useI18n();
  if (alarm.escalationLevel === 0) return <span className="sw-muted">{t('monitoring.alarm.notEscalated')}</span>;
  const people = alarm.escalatedTo.map((e) => `${pick(escalationTargetLabel(e.target))} ${e.name}`);
  return (
    <Tooltip
      title={
        <ul className="sw-mon-tooltip-list">
          {alarm.escalatedTo.map((e, i) => (
            <li key={i}>
              {pick(escalationTargetLabel(e.target))} {e.name} {e.phone ?? ''} · {formatReadingTime(e.at, language)}
            </li>
          ))}
        </ul>
      }
    >
      <span className="sw-mon-escalation" data-level={alarm.escalationLevel}>
        <Tag color="volcano">{t('monitoring.alarm.escalatedLevel', { level: alarm.escalationLevel })}</Tag>
        <span className="sw-mon-escalation-people">{people.join('、')}</span>
      </span>
    </Tooltip>
  );
}
