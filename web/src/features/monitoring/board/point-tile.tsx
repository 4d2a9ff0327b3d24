import type { MonitoringPoint } from '@shouwang/contracts';
import { Badge } from 'antd';
import { Sparkline } from '../../../components/sparkline';
import { formatReadingTime } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { PointStateTag } from '../components/point-state-tag';
import { PointValue } from '../components/point-value';
import { quantityLabel, SEVERITY_COLOR, STATE_SEVERITY } from '../labels';

interface PointTileProps {
  point: MonitoringPoint;
  sparkline: [number, number][] | undefined;
  onOpen: (id: string) => void;
}

/** One point on the board: its value in the colour of its state, the last hour's trend and when it last reported. */
export function PointTile({ point, sparkline, onOpen }: PointTileProps) {
  const { t, pick, language } = useI18n();
  const severity = STATE_SEVERITY[point.state];
  const color = SEVERITY_COLOR[severity];
  const where = point.hazardSourceName ?? point.assetName;
  return (
    <button
      type="button"
      className="sw-mon-tile"
      data-point-id={point.id}
      data-point-code={point.code}
      data-state={point.state}
      data-severity={severity}
      style={{ borderLeftColor: color }}
      onClick={() => onOpen(point.id)}
      aria-label={t('monitoring.board.openPoint', { name: point.name })}
    >
      <span className="sw-mon-tile-head">
        <span className="sw-mon-tile-name" title={point.name}>
          {point.name}
        </span>
        {point.openAlarms > 0 && <Badge count={point.openAlarms} size="small" className="sw-mon-tile-alarms" title={t('monitoring.board.openAlarms', { count: point.openAlarms })} />}
      </span>
      <span className="sw-mon-tile-sub" title={where}>
        {pick(quantityLabel(point.quantity))}
        {where ? ` · ${where}` : ''}
      </span>
      <span className="sw-mon-tile-body">
        <PointValue value={point.value} unit={point.unit} state={point.state} />
        <Sparkline
          points={sparkline ?? []}
          color={color}
          limits={[point.thresholds.ll, point.thresholds.l, point.thresholds.h, point.thresholds.hh]}
          ariaLabel={t('monitoring.board.sparkline')}
        />
      </span>
      <span className="sw-mon-tile-foot">
        <PointStateTag state={point.state} />
        <time dateTime={point.ts ?? undefined}>{point.ts ? formatReadingTime(point.ts, language) : t('monitoring.board.neverReported')}</time>
      </span>
    </button>
  );
}
