import type { Alarm } from '@shouwang/contracts';
import { formatReading } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { CONDITION_SEVERITY, SEVERITY_COLOR } from '../labels';

/** "12.80 / 12.00 MPa": the reading that raised the alarm against the limit it crossed, and the peak since. */
export function AlarmReading({ alarm }: { alarm: Alarm }) {
  const { t, language } = useI18n();
  const color = SEVERITY_COLOR[CONDITION_SEVERITY[alarm.condition]];
  return (
    <span className="sw-mon-alarm-reading">
      <span style={{ color }} className="sw-mon-alarm-value">
        {formatReading(alarm.value, language)}
      </span>
      {alarm.threshold !== null && <span className="sw-muted"> / {formatReading(alarm.threshold, language)}</span>} {alarm.unit}
      {alarm.peakValue !== null && alarm.peakValue !== alarm.value && (
        <span className="sw-mon-alarm-peak">{t('monitoring.alarm.peak', { value: formatReading(alarm.peakValue, language) })}</span>
      )}
    </span>
  );
}
