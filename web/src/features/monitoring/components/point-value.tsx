import type { PointState } from '@shouwang/contracts';
import { useI18n } from '../../../lib/i18n';
import { formatReading } from '../../../lib/format';
import { SEVERITY_COLOR, STATE_SEVERITY } from '../labels';

/** A reading with its unit, coloured by the state it put the point in. */
export function PointValue({ value, unit, state, className }: { value: number | null; unit: string; state: PointState; className?: string }) {
  const { language } = useI18n();
  return (
    <span className={`sw-mon-value ${className ?? ''}`} style={{ color: SEVERITY_COLOR[STATE_SEVERITY[state]] }} data-value={value ?? ''}>
      <span className="sw-mon-value-number">{formatReading(value, language)}</span>
      <span className="sw-mon-value-unit">{unit}</span>
    </span>
  );
}
