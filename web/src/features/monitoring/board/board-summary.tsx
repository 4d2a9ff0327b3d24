import type { MonitoringPoint } from '@shouwang/contracts';
import { useI18n, type MessageKey } from '../../../lib/i18n';
import { SEVERITY_COLOR, type Severity } from '../labels';
import { countBySeverity } from './board-groups';

const ORDER: { severity: Severity; key: MessageKey }[] = [
  { severity: 'danger', key: 'monitoring.board.count.danger' },
  { severity: 'warning', key: 'monitoring.board.count.warning' },
  { severity: 'offline', key: 'monitoring.board.count.offline' },
  { severity: 'normal', key: 'monitoring.board.count.normal' },
];

/** 测点 N · 高高/低低报 a · 高/低报 b · 离线 c · 正常 d, each with the colour the board uses for it. */
export function BoardSummary({ points, total }: { points: readonly MonitoringPoint[]; total: number }) {
  const { t } = useI18n();
  const counts = countBySeverity(points);
  return (
    <div className="sw-mon-summary" role="status">
      <span className="sw-mon-summary-total">{t('monitoring.board.count.total', { total })}</span>
      {ORDER.map(({ severity, key }) => (
        <span key={severity} className="sw-mon-summary-item" data-severity={severity} data-count={counts[severity]}>
          <span className="sw-mon-dot" style={{ background: SEVERITY_COLOR[severity] }} />
          {t(key)} <strong>{counts[severity]}</strong>
        </span>
      ))}
    </div>
  );
}
