import type { CalloutBoard } from '@shouwang/contracts';
import { Tooltip } from 'antd';
import { useI18n } from '../../../../lib/i18n';
import { percent, share } from '../callout-labels';

/** The plans' goal: at least 90 % reached (REQUIREMENTS C5). */
export const COVERAGE_TARGET = 0.9;
const WINDOWS = [5, 15, 30] as const;

interface CoverageWindowsProps {
  board: CalloutBoard;
  /** Minutes since publication: a window still running is marked as such. */
  elapsedMin: number | null;
}

/** Reached and acknowledged within 5, 15 and 30 minutes, for persons and target regions, against the 90 % line. */
export function CoverageWindows({ board, elapsedMin }: CoverageWindowsProps) {
  const { t } = useI18n();
  const rows = [
    { key: 'persons', label: t('callouts.coverage.persons'), w: board.coverage.persons },
    { key: 'regions', label: t('callouts.coverage.regions'), w: board.coverage.regions },
  ] as const;
  return (
    <div className="sw-callout-coverage" data-target={COVERAGE_TARGET}>
      <div className="sw-callout-coverage-head">
        <span />
        {WINDOWS.map((m) => (
          <span key={m} className="sw-callout-coverage-window">
            {t('callouts.coverage.within', { minutes: m })}
            {elapsedMin !== null && elapsedMin < m && <span className="sw-callout-running">{t('callouts.coverage.running')}</span>}
          </span>
        ))}
      </div>
      {rows.map((row) => (
        <div key={row.key} className="sw-callout-coverage-row" data-row={row.key}>
          <span className="sw-callout-coverage-label">
            {row.label} <span className="sw-muted">({row.w.total})</span>
          </span>
          {WINDOWS.map((m) => {
            const reached = share(row.w[`reached${m}`], row.w.total);
            const acked = share(row.w[`ack${m}`], row.w.total);
            return (
              <Tooltip key={m} title={t('callouts.coverage.tip', { reached: row.w[`reached${m}`], acked: row.w[`ack${m}`], total: row.w.total, minutes: m })}>
                <div className="sw-callout-cell" data-window={m} data-reached={row.w[`reached${m}`]} data-acked={row.w[`ack${m}`]}>
                  <Bar value={reached} kind="reached" />
                  <Bar value={acked} kind="acked" />
                  <div className="sw-callout-cell-text">
                    <span className={reached !== null && reached >= COVERAGE_TARGET ? 'sw-callout-met' : 'sw-callout-unmet'}>
                      {t('callouts.coverage.reachedShort')} {percent(reached)}
                    </span>
                    <span>
                      {t('callouts.coverage.ackedShort')} {percent(acked)}
                    </span>
                  </div>
                </div>
              </Tooltip>
            );
          })}
        </div>
      ))}
      <div className="sw-callout-coverage-legend">
        <span className="sw-callout-swatch sw-callout-swatch--reached" /> {t('callouts.coverage.reached')}
        <span className="sw-callout-swatch sw-callout-swatch--acked" /> {t('callouts.coverage.acked')}
        <span className="sw-callout-swatch sw-callout-swatch--target" /> {t('callouts.coverage.target', { target: Math.round(COVERAGE_TARGET * 100) })}
      </div>
    </div>
  );
}

function Bar({ value, kind }: { value: number | null; kind: 'reached' | 'acked' }) {
  return (
    <div className={`sw-callout-bar sw-callout-bar--${kind}`}>
      <div className="sw-callout-bar-fill" style={{ width: `${Math.round((value ?? 0) * 100)}%` }} />
      <div className="sw-callout-bar-target" style={{ left: `${COVERAGE_TARGET * 100}%` }} />
    </div>
  );
}
